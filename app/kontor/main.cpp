// The kontor GUI: reads the command line, installs translations and style, opens the
// database and shows the main window. Everything else lives in kontor_ui and kontor_core.
#include "util/app_identity.h"
#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "customfields/custom_fields_dialog.h"
#include "duplicates/duplicates_dialog.h"
#include "lists/paged_model.h"
#include "search/quick_search_popup.h"
#include "deals/deal_card.h"
#include "shell/icons.h"
#include "shell/main_window.h"
#include "shell/session_controller.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

struct Options
{
    QString db;
    QString screenshot;
    QString module;
    QString lang;
    qint64 openContact = 0; // open this contact's card (and picture it with --screenshot)
    qint64 openCompany = 0;
    QString tool; // quick-search[:TEXT] or custom-fields, pictured on its own
    qint64 openDeal = 0;
    QString openSettings; // pipelines, products: a Settings dialog, for screenshots
};

Options parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Kontor, a CRM for salespeople."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open this database (sqlite:FILE or postgresql://"
                                "user@host:port/name) instead of KONTOR_DB."),
        QStringLiteral("URL"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption module(
        QStringLiteral("module"),
        QApplication::translate("main", "Show this module first (contacts, companies, ...)."),
        QStringLiteral("ID"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language (en, ru, bg, fi, sw, fa, lo)."),
        QStringLiteral("CODE"));
    const QCommandLineOption contact(
        QStringLiteral("open-contact"),
        QApplication::translate("main", "Open the card of the contact with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption company(
        QStringLiteral("open-company"),
        QApplication::translate("main", "Open the card of the company with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption tool(
        QStringLiteral("open-tool"),
        QApplication::translate("main", "Open quick-search[:TEXT], custom-fields or duplicates."),
        QStringLiteral("NAME"));
    const QCommandLineOption deal(
        QStringLiteral("open-deal"),
        QApplication::translate("main", "Open the card of the deal with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption settings(
        QStringLiteral("open-settings"),
        QApplication::translate("main", "Open a settings dialog: pipelines or products."),
        QStringLiteral("NAME"));
    parser.addOptions({db, shot, module, lang, contact, company, tool, deal, settings});
    parser.process(app);
    return {parser.value(db),
            parser.value(shot),
            parser.value(module),
            parser.value(lang),
            parser.value(contact).toLongLong(),
            parser.value(company).toLongLong(),
            parser.value(tool),
            parser.value(deal).toLongLong(),
            parser.value(settings)};
}

// Installs Kontor's and Qt's own translations for `locale`, and the matching layout
// direction and number / date formats.
void installTranslations(QApplication &app, QLocale locale)
{
    // A bare "C" / POSIX environment (CI, containers) gets US English, not "6,050.00€".
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto *kontor = new QTranslator(&app);
    // English is a translation too: it holds the plural forms ("1 contact", "2 contacts").
    if (kontor->load(locale, QStringLiteral("kontor"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))
        || kontor->load(QStringLiteral("kontor_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(kontor);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QApplication::setLayoutDirection(locale.textDirection());
}

void installStyle(QApplication &app)
{
    QFile qss(QStringLiteral(":/style/kontor.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

// The card asked for on the command line, shown over the window; nullptr when none.
QWidget *openCard(kontor::MainWindow &window, const Options &options)
{
    const auto &session = window.sessions()->session();
    if (!session)
        return nullptr;
    if (options.openContact)
        return kontor::openContactCard(*session, options.openContact, &window);
    if (options.openCompany)
        return kontor::openCompanyCard(*session, options.openCompany, &window);
    if (options.tool.startsWith(QLatin1String("quick-search"))) {
        window.openQuickSearch();
        auto *popup = window.findChild<kontor::QuickSearchPopup *>();
        if (auto *field = popup ? popup->findChild<QLineEdit *>() : nullptr)
            field->setText(options.tool.section(QLatin1Char(':'), 1));
        return popup;
    }
    if (options.tool == QLatin1String("custom-fields")) {
        if (auto *open = window.findChild<QAction *>(QStringLiteral("customFieldsAction")))
            open->trigger();
        return window.findChild<kontor::CustomFieldsDialog *>();
    }
    if (options.tool == QLatin1String("duplicates")) {
        if (auto *open = window.findChild<QAction *>(QStringLiteral("findDuplicatesAction")))
            open->trigger();
        return window.findChild<kontor::DuplicatesDialog *>();
    }
    if (options.openDeal)
        return kontor::openDealCard(*session, options.openDeal, &window);
    if (!options.openSettings.isEmpty()) {
        // The Settings menu's own action, so the picture shows what the user gets.
        const bool products = options.openSettings == QLatin1String("products");
        auto *action = window.findChild<QAction *>(products
                                                       ? QStringLiteral("productCatalogueAction")
                                                       : QStringLiteral("pipelineSettingsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return window.findChild<QDialog *>(products ? QStringLiteral("productCatalogue")
                                                    : QStringLiteral("pipelineSettings"));
    }
    return nullptr;
}

int takeScreenshot(kontor::MainWindow &window, const Options &options)
{
    const QString &module = options.module;
    const QString &file = options.screenshot;
    window.resize(1280, 800);
    window.show();
    if (!module.isEmpty() && !window.showModule(module)) {
        std::fprintf(stderr, "kontor: no module '%s' (or no database open)\n", qPrintable(module));
        return 2;
    }
    // A card is pictured on its own: it is a window of its own.
    QWidget *card = openCard(window, options);
    QWidget *subject = card ? card : &window;
    // Let layouts, the first page of rows and the fetchMore the view asks for settle first.
    int result = 1;
    QTimer::singleShot(400, &window, [&] {
        if (subject->grab().save(file)) {
            result = 0;
        } else {
            std::fprintf(stderr, "kontor: cannot write %s\n", qPrintable(file));
        }
        QApplication::quit();
    });
    QApplication::exec();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    kontor::setApplicationIdentity();
    QApplication::setWindowIcon(kontor::appIcon());

    const Options options = parseArguments(app);
    installTranslations(app, options.lang.isEmpty() ? QLocale::system() : QLocale(options.lang));
    installStyle(app);

    auto url = options.db.isEmpty() ? kontor::DatabaseUrl::defaultUrl()
                                    : kontor::DatabaseUrl::parse(options.db);
    // Lists read their pages and counts on worker threads: a count over a million contacts
    // never freezes the window.
    kontor::PagedModel::setBackgroundReads(true);
    kontor::MainWindow window;
    const kontor::Status opened = url ? window.sessions()->open(*url) : kontor::Status(url.error());

    if (!options.screenshot.isEmpty()) {
        if (!opened) {
            std::fprintf(stderr, "kontor: %s\n",
                         qPrintable(kontor::SessionController::describe(opened.error())));
            return 1;
        }
        return takeScreenshot(window, options);
    }

    window.show();
    if (!options.module.isEmpty())
        window.showModule(options.module);
    openCard(window, options);
    QTimer::singleShot(0, &window, [&] {
        if (!opened) {
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot Open Database"),
                                 kontor::SessionController::describe(opened.error()));
            return;
        }
        // First start (or an empty database): offer demo data once the window is up.
        window.sessions()->offerDemoDataIfEmpty();
    });
    return QApplication::exec();
}
