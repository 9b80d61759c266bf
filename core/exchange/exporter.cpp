#include "exchange/exporter.h"

#include "exchange/csv_writer.h"
#include "exchange/export_source.h"
#include "exchange/vcard_writer.h"
#include "exchange/xlsx_writer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::Exporter", text);
}

Error writeError(QIODevice *device)
{
    return Error{Error::Kind::Storage, tr("Cannot write the export file."), {},
                 device->errorString()};
}

// A sink takes the header once, then records; finish() completes the file.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual Status begin(const ExportSource &source) = 0;
    virtual Status record(const ExportSource &source, const ExportRecord &r) = 0;
    virtual Status finish() = 0;
};

class CsvSink : public Sink
{
public:
    CsvSink(QIODevice *device, const ExportRequest &req)
        : m_writer(device, CsvWriter::Options{req.csvDelimiter, req.csvBom, true})
    {
    }
    Status begin(const ExportSource &source) override
    {
        QStringList header;
        for (const auto &c : source.columns())
            header << c.label;
        return m_writer.writeRow(header);
    }
    Status record(const ExportSource &source, const ExportRecord &r) override
    {
        QStringList cells;
        cells.reserve(source.columns().size());
        for (int i = 0; i < source.columns().size(); ++i)
            cells << r.text(i);
        return m_writer.writeRow(cells);
    }
    Status finish() override { return {}; }

private:
    CsvWriter m_writer;
};

class XlsxSink : public Sink
{
public:
    explicit XlsxSink(QIODevice *device) : m_device(device) {}
    Status begin(const ExportSource &source) override
    {
        if (auto st = m_writer.open(exchangeEntityName(source.entity())); !st)
            return st;
        QVariantList header;
        for (const auto &c : source.columns())
            header << c.label;
        return m_writer.writeRow(header);
    }
    Status record(const ExportSource &source, const ExportRecord &r) override
    {
        QVariantList cells;
        for (int i = 0; i < source.columns().size(); ++i) {
            const auto &col = source.columns().at(i);
            const QString text = r.text(i);
            if (col.kind != ExportColumn::Kind::Text && !text.isEmpty()) {
                bool ok = false;
                const double v = text.toDouble(&ok);
                cells << (ok ? QVariant(v) : QVariant(text));
            } else {
                cells << text;
            }
        }
        return m_writer.writeRow(cells);
    }
    Status finish() override { return m_writer.finish(m_device); }

private:
    QIODevice *m_device;
    XlsxWriter m_writer;
};

class VCardSink : public Sink
{
public:
    VCardSink(QIODevice *device, VCardWriter::Version v) : m_writer(device, v) {}
    Status begin(const ExportSource &source) override
    {
        m_company = source.entity() == ExchangeEntity::Companies;
        m_at.clear();
        for (const auto &c : source.columns())
            m_at.insert(c.key, int(m_at.size()));
        return {};
    }
    Status record(const ExportSource &, const ExportRecord &r) override
    {
        auto cell = [&](const char *key) { return r.text(m_at.value(QLatin1String(key), -1)); };
        auto list = [&](const char *key) { return r.cells.value(m_at.value(QLatin1String(key), -1)); };
        VCardOut c;
        c.organization = m_company;
        if (m_company) {
            c.formattedName = cell("name");
            c.org = cell("name");
            c.emails = list("email");
            c.phones = list("phone");
            c.url = cell("website");
        } else {
            c.givenName = cell("first_name");
            c.familyName = cell("last_name");
            c.formattedName = (c.givenName + QLatin1Char(' ') + c.familyName).trimmed();
            c.org = cell("company");
            c.title = cell("title");
            c.role = cell("role");
            c.emails = list("emails");
            c.emailTypes = r.emailLabels;
            c.phones = list("phones");
            c.phoneTypes = r.phoneLabels;
            c.birthday = cell("birthday");
        }
        c.street = cell("street");
        c.city = cell("city");
        c.region = cell("region");
        c.postalCode = cell("postal_code");
        c.country = cell("country");
        c.categories = list("tags");
        c.note = cell("notes");
        c.photo = r.photo;
        c.photoType = r.photoType;
        return m_writer.write(c);
    }
    Status finish() override { return {}; }

private:
    VCardWriter m_writer;
    QHash<QString, int> m_at;
    bool m_company = false;
};

class JsonSink : public Sink
{
public:
    explicit JsonSink(QIODevice *device) : m_device(device) {}
    Status begin(const ExportSource &) override
    {
        return m_device->write("[") == 1 ? Status{} : Status{writeError(m_device)};
    }
    Status record(const ExportSource &source, const ExportRecord &r) override
    {
        QJsonObject o;
        for (int i = 0; i < source.columns().size(); ++i) {
            const auto &col = source.columns().at(i);
            const QStringList &values = r.cells.at(i);
            if (col.multi) {
                o.insert(col.key, QJsonArray::fromStringList(values));
            } else if (col.kind == ExportColumn::Kind::Id) {
                o.insert(col.key, r.id);
            } else if (values.isEmpty()) {
                o.insert(col.key, QJsonValue::Null);
            } else if (col.key == QLatin1String("probability")
                       || col.key == QLatin1String("duration")) {
                o.insert(col.key, values.first().toInt());
            } else {
                // Amounts stay decimal text: a double would round cents.
                o.insert(col.key, values.first());
            }
        }
        QByteArray bytes = m_first ? QByteArray("\n") : QByteArray(",\n");
        m_first = false;
        bytes += QJsonDocument(o).toJson(QJsonDocument::Compact);
        return m_device->write(bytes) == bytes.size() ? Status{} : Status{writeError(m_device)};
    }
    Status finish() override
    {
        return m_device->write("\n]\n") == 3 ? Status{} : Status{writeError(m_device)};
    }

private:
    QIODevice *m_device;
    bool m_first = true;
};

} // namespace

Result<qint64> exportRecords(const Session &session, const ExportRequest &request,
                             QIODevice *device, const ExportProgress &progress)
{
    if (!device || !device->isWritable())
        return Error{Error::Kind::Invalid, tr("The export file is not open for writing."), {}, {}};
    const bool vcard = request.format == ExportFormat::VCard3 || request.format == ExportFormat::VCard4;
    if (vcard && request.entity == ExchangeEntity::Deals) {
        return Error{Error::Kind::Invalid,
                     tr("Deals cannot be written as vCard; choose CSV, .xlsx or JSON."), {}, {}};
    }
    if (vcard && request.entity == ExchangeEntity::Activities) {
        return Error{Error::Kind::Invalid,
                     tr("Activities cannot be written as vCard; choose CSV, .xlsx or JSON."), {}, {}};
    }
    auto opened = ExportSource::open(session, request.entity, request.ids, request.contactFilter);
    if (!opened)
        return opened.error();
    ExportSource source = std::move(opened).value();
    source.setWithPhotos(vcard);

    std::unique_ptr<Sink> sink;
    switch (request.format) {
    case ExportFormat::Csv:
        sink = std::make_unique<CsvSink>(device, request);
        break;
    case ExportFormat::Xlsx:
        if (source.total() + 1 > XlsxWriter::MaxRows) {
            return Error{Error::Kind::Invalid,
                         tr("%1 records do not fit on one .xlsx sheet (at most 1,048,575); "
                            "export as CSV instead.")
                             .arg(source.total()),
                         {}, {}};
        }
        sink = std::make_unique<XlsxSink>(device);
        break;
    case ExportFormat::VCard3:
        sink = std::make_unique<VCardSink>(device, VCardWriter::Version::V30);
        break;
    case ExportFormat::VCard4:
        sink = std::make_unique<VCardSink>(device, VCardWriter::Version::V40);
        break;
    case ExportFormat::Json:
        sink = std::make_unique<JsonSink>(device);
        break;
    }
    if (auto st = sink->begin(source); !st)
        return st.error();
    qint64 written = 0;
    QList<ExportRecord> chunk;
    for (;;) {
        auto more = source.next(&chunk);
        if (!more)
            return more.error();
        if (!*more)
            break;
        for (const ExportRecord &r : std::as_const(chunk)) {
            if (auto st = sink->record(source, r); !st) {
                Error e = st.error();
                if (e.context.isEmpty())
                    e.context = tr("record %1").arg(r.id);
                return e;
            }
            ++written;
        }
        if (progress && !progress(written, source.total()))
            return Error{Error::Kind::Cancelled, tr("The export was cancelled."), {}, {}};
    }
    if (auto st = sink->finish(); !st)
        return st.error();
    return written;
}

Result<qint64> exportToFile(const Session &session, const ExportRequest &request,
                            const QString &path, const ExportProgress &progress)
{
    // QSaveFile writes next to `path` and renames at commit(): a cancelled or failed export
    // leaves no half-written file, and an older file of that name stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Storage, tr("Cannot create the export file."), path,
                     file.errorString()};
    auto written = exportRecords(session, request, &file, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{Error::Kind::Storage, tr("Cannot save the export file."), path,
                     file.errorString()};
    return written;
}

} // namespace kontor
