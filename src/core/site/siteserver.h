#pragma once

#include "site/generator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Postwright::Core {

struct SiteModel;

// The blog's own generator serving the site on a loopback port, for the site view: `hugo server`
// with drafts and future posts, rendering to memory; `jekyll serve` with drafts and future posts;
// Astro's and Eleventy's dev servers from the blog's node_modules. Nothing is written into the
// repository: the build output, Hugo's resources and caches go to the cache folder given, and the
// lock and cache files the generators would leave in the site are turned off.
class SiteServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteServer)

public:
    enum class State {
        Stopped,
        Missing, // the generator is not installed: message() says how to get it
        Starting, // building the site for the first time
        Ready,
        Rebuilding, // a file changed; the generator is building again
        Failed, // it stopped, or never started: message() and output() say why
    };
    Q_ENUM(State)

    // How the generator is started for a site.
    struct Command {
        QString program; // absolute once found; the name to look for otherwise
        QStringList arguments;
        QHash<QString, QString> environment; // added to the app's
        QString workingFolder;
        QString generatorName; // "Hugo", for messages
        QString installHint; // what to do when the program is missing
    };
    // Null for a generator that has no server (Unknown).
    static std::optional<Command> commandFor(const SiteModel &site, quint16 port, const QString &cacheFolder);
    // A free port on 127.0.0.1, 0 when there is none.
    static quint16 freeLoopbackPort();

    explicit SiteServer(QObject *parent = nullptr);
    ~SiteServer() override;

    // Starts the site's generator (stopping one already running); the cache folder holds what it
    // builds. The state says how far it got.
    void start(const SiteModel &site, const QString &cacheFolder);
    void stop();

    State state() const { return m_state; }
    Generator generator() const { return m_generator; }
    QString root() const { return m_root; }
    // What the writer reads about the state: why it failed, what is missing.
    QString message() const { return m_message; }
    // The generator's last lines of output.
    QStringList output() const { return m_output; }
    // The page at a path from the site's root ("/posts/x/") on the running server.
    QUrl pageAddress(const QString &path) const;
    QUrl origin() const { return m_origin; }
    qint64 processId() const { return m_process.processId(); }
    // How long the first build took, in milliseconds; -1 before it is ready.
    qint64 startupMs() const { return m_startupMs; }

signals:
    void stateChanged(Postwright::Core::SiteServer::State state);
    // The generator finished building after a change (or the first time); problems holds the
    // errors it reported for that build, empty when it built cleanly.
    void built(const QStringList &problems);

private:
    void setState(State state, const QString &message = {});
    void readOutput();
    void lineRead(const QString &line);
    void finished(int exitCode, QProcess::ExitStatus status);
    void terminateGroup(int signal);
    // When the site's Hugo theme asks for a newer Hugo than the one that failed: says so.
    QString themeVersionHint() const;

    QProcess m_process;
    State m_state = State::Stopped;
    Generator m_generator = Generator::Unknown;
    QString m_root;
    QString m_basePath; // what the server puts before the site's paths ("/blog"), or ""
    QString m_themeFolder; // Hugo: the theme's folder, for its min_version
    QString m_generatorName;
    QString m_message;
    QStringList m_output;
    QStringList m_problems; // of the build under way
    QByteArray m_partialLine;
    QUrl m_origin;
    QElapsedTimer m_clock;
    qint64 m_startupMs = -1;
    bool m_stopping = false;
};

} // namespace Postwright::Core
