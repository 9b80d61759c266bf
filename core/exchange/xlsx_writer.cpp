#include "exchange/xlsx_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::XlsxWriter", text);
}

// The libxlsxwriter functions Kontor uses, resolved once from the library loaded with
// RTLD_DEEPBIND (see sources.cmake for why it is not linked).
struct XlsxApi
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    QString problem; // why loading failed, empty when it worked
};

const XlsxApi &api()
{
    static const XlsxApi loaded = [] {
        XlsxApi a;
        static QLibrary lib(QStringLiteral(KONTOR_XLSXWRITER_LIBRARY));
        lib.setLoadHints(QLibrary::DeepBindHint);
        if (!lib.load()) {
            a.problem = lib.errorString();
            return a;
        }
        auto resolve = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(lib.resolve(name));
            if (!fn && a.problem.isEmpty())
                a.problem = QStringLiteral("%1 not found in %2").arg(QLatin1String(name), lib.fileName());
        };
        resolve(a.workbook_new_opt, "workbook_new_opt");
        resolve(a.workbook_add_worksheet, "workbook_add_worksheet");
        resolve(a.workbook_add_format, "workbook_add_format");
        resolve(a.format_set_bold, "format_set_bold");
        resolve(a.worksheet_write_number, "worksheet_write_number");
        resolve(a.worksheet_write_string, "worksheet_write_string");
        resolve(a.workbook_close, "workbook_close");
        resolve(a.lxw_strerror, "lxw_strerror");
        return a;
    }();
    return loaded;
}

Error failure(const QString &message, lxw_error code, const QString &context = {})
{
    return Error{Error::Kind::Storage, message, context,
                 QString::fromUtf8(api().lxw_strerror(code))};
}

} // namespace

struct XlsxWriter::Private
{
    QTemporaryDir dir;
    QByteArray path;
    QByteArray tmp;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    int row = 0;
};

XlsxWriter::XlsxWriter() : d(std::make_unique<Private>()) {}

XlsxWriter::~XlsxWriter()
{
    if (d->book)
        api().workbook_close(d->book); // frees it; the temporary folder goes with d
}

Status XlsxWriter::open(const QString &sheetName)
{
    if (!api().problem.isEmpty())
        return Error{Error::Kind::Unsupported,
                     tr("Excel export needs the libxlsxwriter library, which cannot be loaded."),
                     {}, api().problem};
    if (!d->dir.isValid())
        return Error{Error::Kind::Storage, tr("Cannot create a temporary folder for the workbook."),
                     {}, d->dir.errorString()};
    d->path = QFile::encodeName(d->dir.filePath(QStringLiteral("export.xlsx")));
    d->tmp = QFile::encodeName(d->dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // one row in memory at a time
    options.tmpdir = d->tmp.data();
    options.use_zip64 = LXW_TRUE;
    d->book = api().workbook_new_opt(d->path.constData(), &options);
    if (!d->book)
        return Error{Error::Kind::Storage, tr("Cannot start the workbook."), {}, {}};
    const QByteArray name = sheetName.left(31).toUtf8();
    d->sheet = api().workbook_add_worksheet(d->book, name.constData());
    d->bold = api().workbook_add_format(d->book);
    api().format_set_bold(d->bold);
    if (!d->sheet)
        return Error{Error::Kind::Storage, tr("Cannot add a sheet to the workbook."), {}, {}};
    return {};
}

Status XlsxWriter::writeRow(const QVariantList &cells)
{
    if (d->row >= MaxRows) {
        return Error{Error::Kind::Invalid,
                     tr("An .xlsx sheet holds at most 1,048,576 rows; export as CSV instead."),
                     {}, {}};
    }
    lxw_format *format = d->row == 0 ? d->bold : nullptr;
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &v = cells.at(c);
        lxw_error err = LXW_NO_ERROR;
        const auto type = v.typeId();
        if (!v.isValid() || v.isNull())
            continue;
        if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int) {
            err = api().worksheet_write_number(d->sheet, lxw_row_t(d->row), lxw_col_t(c), v.toDouble(),
                                         format);
        } else {
            const QString text = v.toString();
            if (text.isEmpty())
                continue;
            if (text.size() > MaxCellChars) {
                return Error{Error::Kind::Invalid,
                             tr("A cell is longer than the 32,767 characters .xlsx allows; "
                                "export as CSV instead."),
                             tr("row %1, column %2").arg(d->row + 1).arg(c + 1), {}};
            }
            const QByteArray utf8 = text.toUtf8();
            err = api().worksheet_write_string(d->sheet, lxw_row_t(d->row), lxw_col_t(c),
                                         utf8.constData(), format);
        }
        if (err != LXW_NO_ERROR)
            return failure(tr("Cannot write a cell of the workbook."), err,
                           tr("row %1, column %2").arg(d->row + 1).arg(c + 1));
    }
    ++d->row;
    return {};
}

Status XlsxWriter::finish(QIODevice *device)
{
    if (!d->book)
        return Error{Error::Kind::Storage, tr("The workbook was not started."), {}, {}};
    const lxw_error err = api().workbook_close(d->book);
    d->book = nullptr;
    if (err != LXW_NO_ERROR)
        return failure(tr("Cannot save the workbook."), err);
    QFile file(QFile::decodeName(d->path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Storage, tr("Cannot read the finished workbook back."), {},
                     file.errorString()};
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (device->write(block) != block.size())
            return Error{Error::Kind::Storage, tr("Cannot write the .xlsx file."), {},
                         device->errorString()};
    }
    return {};
}

} // namespace kontor
