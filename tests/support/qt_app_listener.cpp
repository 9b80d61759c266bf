// Owns the QApplication for a Catch2 run, so test binaries link the prebuilt
// Catch2WithMain instead of compiling Catch's runner (which costs ~30 s per build).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

struct QtAppListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;

    static inline int argc = 1;
    static inline char arg0[] = "kontor-tests";
    static inline char *argv[] = {arg0, nullptr};
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<QApplication> app;

    void testRunStarting(Catch::TestRunInfo const &) override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Tests must never touch the user's real settings or database, nor another test
        // process's: QStandardPaths' test mode alone shares ~/.qttest between processes, so
        // suites running at the same time saw each other's recent-database lists.
        home = std::make_unique<QTemporaryDir>();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, QFile::encodeName(home->filePath(QLatin1String(var))));
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("KontorTests"));
        QApplication::setApplicationName(QStringLiteral("KontorTests"));
    }
    void testRunEnded(Catch::TestRunStats const &) override
    {
        app.reset();
        home.reset();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(QtAppListener)
