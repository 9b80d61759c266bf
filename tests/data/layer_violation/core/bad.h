#include <QtWidgets/QWidget> // planted: core must not see widgets
