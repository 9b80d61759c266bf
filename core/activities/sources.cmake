# Activities: logging calls, emails, meetings and notes (the card's quick log).
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/activity_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/activity_repository.cpp)
