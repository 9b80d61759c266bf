#include "photos/photo_fetch.h"

#include "photos/contact_photos.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace kontor {

namespace {

// Looked up under the context lupdate files these messages in (the namespace's name).
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor", text);
}

// A few transfers at once: a card file with hundreds of photo addresses on one slow server
// is not fetched one by one, nor does it open hundreds of connections.
constexpr int kParallel = 4;

QString describe(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("The server answered %1.").arg(QStringLiteral("%1 %2").arg(status).arg(phrase).trimmed());
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found.").arg(reply->url().host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection without sending the photo.");
    default:
        return tr("The photo could not be fetched: %1.").arg(reply->errorString());
    }
}

} // namespace

bool isFetchablePhotoUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && !u.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

std::vector<FetchedPhoto> fetchPhotos(const QStringList &urls, int timeoutMs, const std::atomic_bool *cancel)
{
    std::vector<FetchedPhoto> results(size_t(urls.size()));
    QList<int> pending;
    for (int i = 0; i < urls.size(); ++i) {
        results[size_t(i)].url = urls.at(i).trimmed();
        if (isFetchablePhotoUrl(urls.at(i)))
            pending << i;
        else // a file on the sender's disk, a mail part, ftp: nothing Kontor should reach for
            results[size_t(i)].problem = tr("Only web addresses (http, https) are fetched.");
    }
    if (pending.isEmpty())
        return results;

    QNetworkAccessManager network;
    QEventLoop loop;
    QHash<QNetworkReply *, int> running;
    qsizetype next = 0;
    bool cancelled = false;
    std::function<void()> startMore;

    const auto launch = [&](int i) {
        FetchedPhoto &result = results[size_t(i)];
        QNetworkRequest request{QUrl(result.url)};
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Kontor/" KONTOR_VERSION));
        QNetworkReply *reply = network.get(request);
        running.insert(reply, i);
        // Stops the transfer with a reason, unless it has one already or is over.
        const auto stop = [reply, &result](const QString &why) {
            if (reply->isFinished())
                return;
            if (result.problem.isEmpty())
                result.problem = why;
            reply->abort(); // finished() follows at once
        };
        // The whole fetch, not just a pause in it: a server trickling bytes is cut off too.
        auto *limit = new QTimer(reply);
        limit->setSingleShot(true);
        QObject::connect(limit, &QTimer::timeout, reply, [stop, timeoutMs] {
            stop(tr("No answer within %1 s.").arg(QString::number(timeoutMs / 1000.0)));
        });
        limit->start(timeoutMs);
        const QString tooLarge = tr("The photo is larger than %1 MB.").arg(ContactPhotoRepository::MaxBytes / (1024 * 1024));
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, stop, tooLarge] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > ContactPhotoRepository::MaxBytes)
                stop(tooLarge);
        });
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, stop, tooLarge, &result] {
            result.bytes += reply->readAll();
            if (result.bytes.size() > ContactPhotoRepository::MaxBytes)
                stop(tooLarge);
        });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, i] {
            FetchedPhoto &r = results[size_t(i)];
            if (r.problem.isEmpty()) {
                if (reply->error() != QNetworkReply::NoError) {
                    r.problem = describe(reply);
                } else {
                    r.bytes += reply->readAll();
                    if (auto st = ContactPhotoRepository::check(r.bytes, r.url); !st)
                        r.problem = st.error().message; // the same words as a bad inline photo
                }
            }
            if (!r.problem.isEmpty())
                r.bytes.clear();
            running.remove(reply);
            reply->deleteLater();
            startMore();
        });
    };
    startMore = [&] {
        while (!cancelled && running.size() < kParallel && next < pending.size())
            launch(pending.at(next++));
        if (running.isEmpty())
            loop.quit();
    };

    QTimer watch; // the import's Cancel reaches the transfers within a tenth of a second
    if (cancel) {
        QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
            if (!cancel->load() || cancelled)
                return;
            cancelled = true;
            for (qsizetype i = next; i < pending.size(); ++i)
                results[size_t(pending.at(i))].problem = tr("Cancelled.");
            const QList<QNetworkReply *> replies = running.keys();
            for (QNetworkReply *reply : replies) {
                results[size_t(running.value(reply))].problem = tr("Cancelled.");
                reply->abort();
            }
        });
        watch.start(100);
    }
    startMore();
    if (!running.isEmpty()) // quit() before exec() would be lost
        loop.exec();
    return results;
}

} // namespace kontor
