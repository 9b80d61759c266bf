#pragma once
// Shared by the files of DealRepository (deal_repository.cpp, deal_people.cpp); not a public API.

#include <QString>

namespace kontor {

// How an error message names the deal: "deal 42", or "new deal" for id 0.
QString dealContext(qint64 id);

} // namespace kontor
