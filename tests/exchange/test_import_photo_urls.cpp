// vCard photos given by web address: fetched with Keep photos from a little HTTP server this
// test runs on 127.0.0.1 (a PNG, a 404, a text file, a photo too large, one that never
// answers); what cannot be fetched leaves the contact without a photo and is reported with
// the card's row, the address and why — in the summary, the problem rows file and kontorctl.
// Other schemes are never fetched; with skip nothing is. Both back ends.
#include "import/import_job.h"
#include "import/photo_prefetch.h"
#include "kontorctl_run.h"
#include "photos/contact_photos.h"
#include "photos/photo_fetch.h"
#include "storage/sql.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

using namespace kontor;
using namespace kontor::importing;

namespace {

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return png;
}

// Answers GET requests on 127.0.0.1 from a thread of its own, so it also serves kontorctl
// while the test waits for that process.
class PhotoServer : public QThread
{
public:
    explicit PhotoServer(QByteArray png) : m_png(std::move(png))
    {
        start();
        m_ready.acquire();
        REQUIRE(m_port != 0); // listening worked
    }
    ~PhotoServer() override
    {
        quit();
        wait();
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(QLatin1String(path));
    }
    int requests() const { return m_requests.load(); }
    // The distinct paths asked for. Counting requests alone is not enough: on a loaded machine
    // Qt may send a request again when the server closed the connection it was sent on.
    QSet<QByteArray> paths() const
    {
        QMutexLocker lock(&m_pathsMutex);
        return m_paths;
    }

protected:
    void run() override
    {
        QTcpServer server; // Catch's checks are for the test's thread: a port of 0 says it failed
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
        m_ready.release();
        exec();
    }

private:
    // Requests as they come on a connection (a client may send the next on the same one).
    void answer(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            ++m_requests;
            const QByteArray path = head.split(' ').value(1);
            {
                QMutexLocker lock(&m_pathsMutex);
                m_paths.insert(path);
            }
            respond(socket, path);
        }
        socket->setProperty("buffer", buffer);
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        const auto reply = [socket](const QByteArray &status, const QByteArray &type, const QByteArray &body,
                                    qint64 length = -1) {
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                          + QByteArray::number(length < 0 ? body.size() : length) + "\r\nConnection: close\r\n\r\n" + body);
            if (length < 0)
                socket->disconnectFromHost();
        };
        if (path == "/ana.png")
            reply("200 OK", "image/png", m_png);
        else if (path == "/moved.png")
            socket->write("HTTP/1.1 302 Found\r\nLocation: /ana.png\r\nContent-Length: 0\r\n\r\n");
        else if (path == "/notes.txt")
            reply("200 OK", "image/png", "hello, not a picture"); // the label lies; the bytes tell
        else if (path == "/big.png") // says 5 MB and starts sending: never read to the end
            reply("200 OK", "image/png", m_png, 5 * 1024 * 1024);
        else if (path == "/slow.png")
            return; // no answer at all
        else
            reply("404 Not Found", "text/plain", "no such photo");
    }

    QByteArray m_png;
    QSemaphore m_ready;
    quint16 m_port = 0;
    std::atomic_int m_requests{0};
    mutable QMutex m_pathsMutex;
    QSet<QByteArray> m_paths;
};

// A port nobody listens on: connecting to it is refused.
quint16 closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString card(const QString &version, const QString &given, const QString &family, const QString &photo)
{
    const QString email = given.toLower() + QStringLiteral("@example.com");
    return QStringLiteral("BEGIN:VCARD\r\nVERSION:%1\r\nN:%2;%3;;;\r\nFN:%3 %2\r\nEMAIL:%4\r\n%5\r\nEND:VCARD\r\n")
        .arg(version, family, given, email, photo);
}

using kontor::test::writeFile;

qint64 contactNamed(const Session &s, const QString &last)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto id = q.scalar(QStringLiteral("SELECT id FROM contacts WHERE last_name = ? AND deleted_at IS NULL"), {last});
    INFO(last.toStdString());
    REQUIRE(id.ok());
    REQUIRE(id->toLongLong() > 0);
    return id->toLongLong();
}

bool hasPhoto(const Session &s, const QString &last)
{
    auto photo = ContactPhotoRepository(s).get(contactNamed(s, last));
    REQUIRE(photo.ok());
    return photo->has_value();
}

} // namespace

TEST_CASE("fetchPhotos: a PNG, a redirect, a 404, not an image, too large, no answer, refused, "
          "other schemes, cancel",
          "[photos][network]")
{
    const QByteArray png = pngBytes();
    PhotoServer server(png);
    const QString refused = QStringLiteral("http://127.0.0.1:%1/x.png").arg(closedPort());
    const QStringList urls{server.url("ana.png"),  server.url("moved.png"), server.url("missing.png"),
                           server.url("notes.txt"), server.url("big.png"),  server.url("slow.png"),
                           refused,
                           QStringLiteral("ftp://127.0.0.1/x.png"), QStringLiteral("file:///etc/hostname"),
                           QStringLiteral("cid:photo@example.com"), QStringLiteral("not an address")};
    QElapsedTimer clock;
    clock.start();
    const std::vector<FetchedPhoto> got = fetchPhotos(urls, 1500);
    REQUIRE(got.size() == size_t(urls.size()));
    CHECK(clock.elapsed() < 8000); // the one that never answers is cut off at its limit
    for (size_t i = 0; i < got.size(); ++i) {
        INFO(got[i].url.toStdString() + " -> " + got[i].problem.toStdString());
        CHECK(got[i].url == urls.at(qsizetype(i)));
        CHECK(got[i].bytes.isEmpty() == !got[i].problem.isEmpty());
    }
    CHECK(got[0].bytes == png);
    CHECK(got[1].bytes == png); // the redirect is followed
    CHECK(got[2].problem == QStringLiteral("The server answered 404 Not Found."));
    CHECK(got[3].problem == QStringLiteral("The photo is not a JPEG, PNG or GIF image."));
    CHECK(got[4].problem == QStringLiteral("The photo is larger than 4 MB."));
    CHECK(got[5].problem == QStringLiteral("No answer within 1.5 s."));
    CHECK(got[6].problem == QStringLiteral("The server refused the connection."));
    for (size_t i = 7; i < got.size(); ++i)
        CHECK(got[i].problem == QStringLiteral("Only web addresses (http, https) are fetched."));
    // ftp:, file:, cid: never went out
    CHECK(server.paths() == QSet<QByteArray> {"/ana.png", "/moved.png", "/missing.png", "/notes.txt", "/big.png", "/slow.png"});

    // Cancel stops a transfer that would wait its whole limit.
    std::atomic_bool cancel{false};
    QTimer::singleShot(200, [&cancel] { cancel = true; });
    clock.restart();
    const auto cancelled = fetchPhotos({server.url("slow.png")}, 20000, &cancel);
    CHECK(clock.elapsed() < 5000);
    CHECK(cancelled.at(0).problem == QStringLiteral("Cancelled."));
}

TEST_CASE("vCard photos by web address are fetched with Keep photos; what cannot be is reported, "
          "never rejects the row",
          "[import][storage][photos][network]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QByteArray png = pngBytes();
    PhotoServer server(png);
    const QString refused = QStringLiteral("http://127.0.0.1:%1/di.png").arg(closedPort());
    const QString path = tdb.tempPath(QStringLiteral("url-photos.vcf"));
    // Each card is 7 lines: BEGIN:VCARD of the n-th is on line 7n + 1.
    writeFile(path, card(QStringLiteral("3.0"), QStringLiteral("Ana"), QStringLiteral("Url"),
                         QStringLiteral("PHOTO;VALUE=uri:") + server.url("ana.png"))
                        + card(QStringLiteral("4.0"), QStringLiteral("Bo"), QStringLiteral("Missing"),
                               QStringLiteral("PHOTO:") + server.url("missing.png"))
                        + card(QStringLiteral("3.0"), QStringLiteral("Cy"), QStringLiteral("File"),
                               QStringLiteral("PHOTO;VALUE=uri:file:///etc/hostname"))
                        + card(QStringLiteral("4.0"), QStringLiteral("Di"), QStringLiteral("Refused"),
                               QStringLiteral("PHOTO:") + refused)
                        + card(QStringLiteral("4.0"), QStringLiteral("Ed"), QStringLiteral("Text"),
                               QStringLiteral("PHOTO:") + server.url("notes.txt")));

    SECTION("skip: nothing is fetched")
    {
        ImportOptions options;
        auto r = runImport(s, path, options);
        REQUIRE(r.ok());
        CHECK(r->created == 5);
        CHECK(r->warnings == 0);
        CHECK(r->problems.isEmpty());
        CHECK(server.requests() == 0);
        CHECK_FALSE(hasPhoto(s, QStringLiteral("Url")));
    }

    SECTION("keep: the PNG is stored, the rest reported with row, address and reason")
    {
        ImportOptions options;
        options.keepPhotos = true;
        options.rejectsPath = tdb.tempPath(QStringLiteral("problems.csv"));
        auto r = runImport(s, path, options);
        INFO((r.ok() ? QString() : r.error().toString()).toStdString());
        REQUIRE(r.ok());
        CHECK(r->created == 5); // every contact is imported
        CHECK(r->rejected == 0);
        CHECK(r->warnings == 4);
        CHECK(server.paths() == QSet<QByteArray> {"/ana.png", "/missing.png", "/notes.txt"}); // file: is not fetched
        auto photo = ContactPhotoRepository(s).get(contactNamed(s, QStringLiteral("Url")));
        REQUIRE(photo.ok());
        REQUIRE(photo->has_value());
        CHECK((*photo)->bytes == png);
        CHECK((*photo)->mimeType == QStringLiteral("image/png"));
        for (const char *last : {"Missing", "File", "Refused", "Text"})
            CHECK_FALSE(hasPhoto(s, QLatin1String(last)));

        REQUIRE(r->problems.size() == 4);
        struct Expected
        {
            qint64 row;
            QString url, reason;
        };
        const QList<Expected> expected{
            {8, server.url("missing.png"), QStringLiteral("The server answered 404 Not Found. Bo Missing was imported without the photo.")},
            {15, QStringLiteral("file:///etc/hostname"),
             QStringLiteral("Only web addresses (http, https) are fetched. Cy File was imported without the photo.")},
            {22, refused, QStringLiteral("The server refused the connection. Di Refused was imported without the photo.")},
            {29, server.url("notes.txt"),
             QStringLiteral("The photo is not a JPEG, PNG or GIF image. Ed Text was imported without the photo.")}};
        for (int i = 0; i < 4; ++i) {
            const ImportProblem &p = r->problems.at(i);
            INFO(p.toString().toStdString());
            CHECK(p.row == expected.at(i).row);
            CHECK(p.column == QStringLiteral("Photo"));
            CHECK(p.value == expected.at(i).url);
            CHECK(p.reason == expected.at(i).reason);
        }

        // The problem rows file: each card's row as read, the reason in the last column.
        QFile problems(options.rejectsPath);
        REQUIRE(problems.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(problems.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 5); // the header and four cards
        CHECK(lines.at(0).endsWith(QStringLiteral(",Problem")));
        CHECK(lines.at(1).startsWith(QStringLiteral("Bo,Missing,,,,bo@example.com,")));
        CHECK(lines.at(1).contains(server.url("missing.png")));
        CHECK(lines.at(1).contains(QStringLiteral("404 Not Found")));
        CHECK(lines.at(4).contains(QStringLiteral("not a JPEG, PNG or GIF")));

        // Undo import takes the fetched photo away with the contacts.
        REQUIRE(undoImport(s, r->batch).ok());
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        CHECK(q.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_photos"))->toLongLong() == 0);
    }

    SECTION("a check and its import share the photos: each address is fetched once, before any write")
    {
        ImportOptions options;
        options.keepPhotos = true;
        options.photos = std::make_shared<FetchedPhotos>();
        // While photos are fetched the import has not begun: no batch of its own exists yet,
        // even seen from its own connection (the transaction would show it).
        int fetchReports = 0;
        qint64 batchesWhileFetching = -1;
        const ImportProgressFunction progress = [&](const ImportProgress &p) {
            if (p.photosTotal == 0)
                return;
            ++fetchReports;
            CHECK(p.photosTotal == 4); // ana, missing, refused, notes (file: is never fetched)
            auto conn = s.db->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("test"));
            batchesWhileFetching = std::max(batchesWhileFetching,
                                            q.scalar(QStringLiteral("SELECT COUNT(*) FROM import_batches"))->toLongLong());
        };
        options.dryRun = true;
        auto check = runImport(s, path, options, progress);
        REQUIRE(check.ok());
        CHECK(check->warnings == 4);
        CHECK(fetchReports >= 2); // before the first and after the last
        CHECK(batchesWhileFetching == 0);
        CHECK(server.paths() == QSet<QByteArray> {"/ana.png", "/missing.png", "/notes.txt"});
        const int afterCheck = server.requests();
        {
            auto conn = s.db->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("test"));
            CHECK(q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"))->toLongLong() == 0); // a check writes nothing
        }

        options.dryRun = false;
        auto r = runImport(s, path, options, progress);
        REQUIRE(r.ok());
        CHECK(r->created == 5);
        CHECK(r->warnings == 4);
        CHECK(server.requests() == afterCheck); // nothing fetched again
        CHECK(hasPhoto(s, QStringLiteral("Url")));

        // The file changed: its photos are fetched anew.
        writeFile(path, card(QStringLiteral("3.0"), QStringLiteral("Fay"), QStringLiteral("Moved"),
                             QStringLiteral("PHOTO;VALUE=uri:") + server.url("moved.png")));
        auto again = runImport(s, path, options);
        REQUIRE(again.ok());
        CHECK(again->warnings == 0);
        CHECK(server.requests() > afterCheck); // the redirect and its target
        CHECK(server.paths().contains("/moved.png"));
        CHECK(hasPhoto(s, QStringLiteral("Moved")));

        // A cancel while fetching leaves nothing behind.
        std::atomic_bool cancel {true};
        auto cancelled = runImport(s, path, ImportOptions {options}, {}, &cancel);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    }

    SECTION("kontorctl --photos keep: the warnings in its JSON and its text")
    {
        auto json = test::json(test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import"), path,
                                                     QStringLiteral("--photos"), QStringLiteral("keep")}));
        CHECK(json.value(QStringLiteral("created")).toInt() == 5);
        CHECK(json.value(QStringLiteral("rejected")).toInt() == 0);
        CHECK(json.value(QStringLiteral("warnings")).toInt() == 4);
        const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
        REQUIRE(problems.size() == 4);
        CHECK(problems.at(0).toObject().value(QStringLiteral("row")).toInt() == 8);
        CHECK(problems.at(0).toObject().value(QStringLiteral("value")).toString() == server.url("missing.png"));
        CHECK(hasPhoto(s, QStringLiteral("Url")));

        const QString again = tdb.tempPath(QStringLiteral("again.vcf")); // new people, same photo links
        QString cards = QString::fromUtf8([&] {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            return f.readAll();
        }());
        writeFile(again, cards.replace(QStringLiteral("@example.com"), QStringLiteral("@example.org"))
                             .replace(QStringLiteral("N:Url;"), QStringLiteral("N:Url2;")));
        auto text = test::kontorctl(tdb, {QStringLiteral("import"), again, QStringLiteral("--photos"),
                                          QStringLiteral("keep"), QStringLiteral("--on-duplicate"),
                                          QStringLiteral("create")});
        INFO(text.err.toStdString());
        CHECK(text.code == 0);
        CHECK(text.out.contains(QStringLiteral("4 photo(s) could not be kept")));
        CHECK(text.out.contains(QStringLiteral("row 8, column Photo, \"") + server.url("missing.png")
                                + QStringLiteral("\": The server answered 404 Not Found.")));
        CHECK(hasPhoto(s, QStringLiteral("Url2")));
    }
}
