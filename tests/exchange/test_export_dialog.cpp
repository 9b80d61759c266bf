// The export dialog driven offscreen with real widgets: a selection as CSV with a BOM, a
// saved segment as .xlsx, activities (all, and a segment's) as JSON, formats offered per
// entity, and Cancel leaving no file behind.
#include "export/export_dialog.h"

#include "activities/activity_repository.h"
#include "contacts/contact_filter.h"
#include "import/tabular_reader.h"
#include "repo/contact_repository.h"
#include "storage/transaction.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {

qint64 addContact(const Session &s, const char *first, const char *last, const char *status)
{
    Contact c;
    c.firstName = QString::fromUtf8(first);
    c.lastName = QString::fromUtf8(last);
    c.status = QLatin1String(status);
    c.emails = {{0, QStringLiteral("work"),
                 QString::fromUtf8(first).toLower() + QStringLiteral("@example.org")}};
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

QList<QStringList> readTable(const QString &path, QStringList *header)
{
    auto reader = openTabular(path, {});
    INFO((reader.ok() ? QString() : reader.error().toString()).toStdString());
    REQUIRE(reader.ok());
    *header = (*reader)->header();
    QList<QStringList> rows;
    TabularRow row;
    while (*(*reader)->next(row))
        rows << row.cells;
    return rows;
}

template<typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

// Clicks Export and waits for the worker to finish; returns the status line.
QString runExport(ExportDialog &dialog)
{
    QSignalSpy done(&dialog, &ExportDialog::finished);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportStart"), Qt::LeftButton);
    REQUIRE(done.wait(20000));
    return child<QLabel>(&dialog, "exportStatus")->text();
}

void choose(QComboBox *combo, int data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("The export dialog writes a selection, a segment and activities", "[ui][export]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const qint64 ana = addContact(s, "Ana", "Sousa", "customer");
    const qint64 ben = addContact(s, "Ben", "=cmd", "lead");
    addContact(s, "Cleo", "Dupont", "customer");
    REQUIRE(SegmentRepository(s).save(QStringLiteral("Customers"),
                                      *ContactFilter::parse(QStringLiteral("status=customer")),
                                      true)
                .ok());
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("Renewal");
    call.contactId = ana;
    REQUIRE(ActivityRepository(s).log(call).ok());
    Activity lead = call; // Ben is a lead, not in the "Customers" segment
    lead.subject = QStringLiteral("First call");
    lead.contactId = ben;
    REQUIRE(ActivityRepository(s).log(lead).ok());

    // Opened from the contacts list with two contacts selected (Ben above Ana).
    ExportDialog dialog(s, ExchangeEntity::Contacts, {ben, ana});
    dialog.show();
    auto *selection = child<QRadioButton>(&dialog, "exportSelection");
    CHECK(selection->isChecked());
    CHECK(selection->text().contains(QLatin1Char('2')));
    auto *format = child<QComboBox>(&dialog, "exportFormat");
    CHECK(format->count() == 5); // CSV, .xlsx, vCard 3.0, vCard 4.0, JSON
    auto *bom = child<QCheckBox>(&dialog, "exportBom");
    CHECK(bom->isEnabled());
    bom->setChecked(true);
    auto *path = child<QLineEdit>(&dialog, "exportPath");
    CHECK(path->text().endsWith(QStringLiteral("contacts.csv")));
    const QString csv = tdb.tempPath(QStringLiteral("picked.csv"));
    path->setText(csv);


    CHECK(runExport(dialog).contains(QStringLiteral("Exported 2 contact")));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(3) == QByteArray("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    }
    QStringList header;
    auto rows = readTable(csv, &header);
    REQUIRE(rows.size() == 2);
    const int last = header.indexOf(QStringLiteral("Last name"));
    REQUIRE(last >= 0);
    CHECK(rows.at(0).at(last) == QStringLiteral("'=cmd")); // in the selection's order, defused
    CHECK(rows.at(1).at(last) == QStringLiteral("Sousa"));

    // A saved segment as .xlsx: the two customers, whatever is selected.
    child<QRadioButton>(&dialog, "exportSegment")->setChecked(true);
    choose(format, int(ExportFormat::Xlsx));
    CHECK_FALSE(bom->isEnabled());
    CHECK(path->text().endsWith(QStringLiteral("picked.xlsx")));
    CHECK(runExport(dialog).contains(QStringLiteral("Exported 2 contact")));
    rows = readTable(tdb.tempPath(QStringLiteral("picked.xlsx")), &header);
    REQUIRE(rows.size() == 2);
    const int first = header.indexOf(QStringLiteral("First name"));
    CHECK(rows.at(0).at(first) == QStringLiteral("Ana"));
    CHECK(rows.at(1).at(first) == QStringLiteral("Cleo"));

    // Deals and activities are no vCards; the contacts' selection and segments do not apply.
    auto *entity = child<QComboBox>(&dialog, "exportEntity");
    choose(entity, int(ExchangeEntity::Deals));
    CHECK(format->count() == 3);
    CHECK(format->findData(int(ExportFormat::VCard4)) < 0);
    CHECK_FALSE(selection->isEnabled());
    CHECK_FALSE(child<QRadioButton>(&dialog, "exportSegment")->isEnabled());
    CHECK(child<QRadioButton>(&dialog, "exportEverything")->isChecked());

    // Activities: everything, or those of a segment's contacts.
    choose(entity, int(ExchangeEntity::Activities));
    choose(format, int(ExportFormat::Json));
    CHECK(runExport(dialog).contains(QStringLiteral("Exported 2 activit")));
    auto *segment = child<QRadioButton>(&dialog, "exportSegment");
    CHECK(segment->isEnabled());
    CHECK(segment->text() == QStringLiteral("Of the contacts in the segment:"));
    segment->setChecked(true);
    const QString json = tdb.tempPath(QStringLiteral("activities.json"));
    path->setText(json);
    CHECK(runExport(dialog).contains(QStringLiteral("Exported 1 activity")));
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(array.size() == 1);
    CHECK(array.at(0).toObject().value(QStringLiteral("subject")).toString() == QStringLiteral("Renewal"));
    CHECK(array.at(0).toObject().value(QStringLiteral("contact_email")).toString()
          == QStringLiteral("ana@example.org"));
}

TEST_CASE("Cancel stops an export and leaves no file", "[ui][export]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    {
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        Transaction tx(*conn, s.db->dialect());
        for (int i = 0; i < 1500; ++i) // three chunks: the cancel lands between them
            addContact(s, "Many", "People", "lead");
        REQUIRE(tx.commit().ok());
    }
    ExportDialog dialog(s, ExchangeEntity::Contacts, {});
    dialog.show();
    const QString out = tdb.tempPath(QStringLiteral("all.xlsx"));
    child<QLineEdit>(&dialog, "exportPath")->setText(out);
    choose(child<QComboBox>(&dialog, "exportFormat"), int(ExportFormat::Xlsx));

    QSignalSpy done(&dialog, &ExportDialog::finished);
    QTest::mouseClick(child<QPushButton>(&dialog, "exportStart"), Qt::LeftButton);
    auto *close = child<QPushButton>(&dialog, "exportClose");
    CHECK(close->text() == QStringLiteral("Cancel"));
    CHECK_FALSE(child<QPushButton>(&dialog, "exportStart")->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    REQUIRE(done.wait(20000));
    CHECK(done.first().at(0).toLongLong() < 0);
    CHECK(child<QLabel>(&dialog, "exportStatus")->text().contains(QStringLiteral("cancelled")));
    CHECK(dialog.isVisible()); // Cancel stopped the export, not the dialog
    CHECK_FALSE(QFile::exists(out));
    CHECK(close->text() == QStringLiteral("Close"));
}
