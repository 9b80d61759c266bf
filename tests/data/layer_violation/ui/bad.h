#include <QSqlQuery> // planted: ui must not run SQL
