#pragma once
// One row of a contacts import read into a contact (on the pipeline's reading thread), and
// the small checks the writer shares with it. Not a public API.

#include "import/import_internal.h"
#include "repo/contact_repository.h"

#include <QHash>
#include <QSet>

namespace kontor::importing::detail {

// What a row holds, checked: the contact, the keys it is matched and written by.
struct Draft
{
    Contact contact;
    QString companyName;
    QString companyKey; // companyKey(companyName), made on the reading thread
    ContactRepository::RowKeys keys; // the contact row's folded name keys, likewise
    qint64 kontorId = 0;
    QHash<QString, QString> custom; // field name -> value
    QSet<QString> provided;         // field keys the row gave a value for
    QStringList emailNorms;         // normalized e-mails, in order
    QStringList digits;             // match digits of each phone, in order
};

// Reads the mapped cells of file row `row` into `d`; every problem goes to `problems`
// (with column and value). Reads only `ctx`: runs on the pipeline's thread.
void parseContactRow(const WriterContext &ctx, qint64 row, const QStringList &cells, Draft *d,
                     QList<ImportProblem> *problems);
// Whether `c` has this e-mail address (compared normalized).
bool hasEmail(const Contact &c, const QString &email);

} // namespace kontor::importing::detail
