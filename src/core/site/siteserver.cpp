#include "site/siteserver.h"

#include "site/configfile.h"
#include "site/sitemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int keptOutputLines = 200;

// The lines by which a generator tells how its build went.
struct OutputSigns {
    QStringList ready; // serving
    QStringList rebuilding; // a change was seen
    QStringList built; // a build after a change is done
    QStringList problem; // an error in the build
};

OutputSigns signsOf(Generator generator)
{
    switch (generator) {
    case Generator::Hugo:
        return {{u"Web Server is available at"_s}, {u"Change detected, rebuilding"_s}, {u"Total in "_s},
            {u"Error:"_s, u"ERROR "_s}};
    case Generator::Jekyll:
        return {{u"Server running..."_s}, {u"Regenerating:"_s}, {u"...done in"_s},
            {u"Error:"_s, u"Liquid Exception"_s, u"Conversion error"_s}};
    case Generator::Astro:
        return {{u"Local"_s, u"ready in"_s}, {u"[watch]"_s}, {u"page reload"_s, u"hmr update"_s}, {u"error"_s}};
    case Generator::Eleventy:
        return {{u"Server at"_s}, {u"File changed:"_s}, {u"Wrote "_s}, {u"Error"_s, u"Problem writing"_s}};
    case Generator::Unknown: break;
    }
    return {};
}

bool hasAny(const QString &line, const QStringList &signs)
{
    for (const QString &sign : signs)
        if (line.contains(sign))
            return true;
    return false;
}

QString nodeTool(const SiteModel &site, const QString &name)
{
    return QDir(site.siteRoot.isEmpty() ? site.root : site.siteRoot).filePath(u"node_modules/.bin/"_s + name);
}

} // namespace

std::optional<SiteServer::Command> SiteServer::commandFor(
    const SiteModel &site, quint16 port, const QString &cacheFolder)
{
    const QString folder = site.siteRoot.isEmpty() ? site.root : site.siteRoot;
    const QString portText = QString::number(port);
    const QString address = u"http://127.0.0.1:%1/"_s.arg(port);
    switch (site.generator) {
    case Generator::Hugo:
        // Served from memory; the lock file, the resources (processed images) and the cache that
        // Hugo would write beside the site go to the cache folder or are turned off.
        return Command{u"hugo"_s,
            {u"server"_s, u"--source"_s, folder, u"--buildDrafts"_s, u"--buildFuture"_s, u"--bind"_s, u"127.0.0.1"_s,
                u"--port"_s, portText, u"--baseURL"_s, address, u"--appendPort=false"_s, u"--disableLiveReload"_s,
                u"--noBuildLock"_s, u"--noHTTPCache"_s, u"--cacheDir"_s, cacheFolder + u"/hugo-cache"_s,
                u"--destination"_s, cacheFolder + u"/public"_s},
            {{u"HUGO_RESOURCEDIR"_s, cacheFolder + u"/resources"_s}, {u"HUGO_BUILD_WRITESTATS"_s, u"false"_s}}, folder,
            u"Hugo"_s,
            tr("Install Hugo with your package manager (on Debian and Ubuntu: sudo apt install hugo), "
               "then show the site view again.")};
    case Generator::Jekyll:
        // Not --incremental: its .jekyll-metadata file would be written into the site.
        return Command{u"jekyll"_s,
            {u"serve"_s, u"--source"_s, folder, u"--destination"_s, cacheFolder + u"/_site"_s, u"--drafts"_s,
                u"--future"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, portText, u"--disable-disk-cache"_s},
            {}, folder, u"Jekyll"_s,
            tr("Install Jekyll with your package manager (on Debian and Ubuntu: sudo apt install jekyll), "
               "then show the site view again.")};
    case Generator::Astro:
        return Command{nodeTool(site, u"astro"_s), {u"dev"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, portText},
            {{u"BROWSER"_s, u"none"_s}}, folder, u"Astro"_s,
            tr("This blog's Astro is not installed: its node_modules folder has no astro. Install the "
               "blog's packages (npm install in its folder), then show the site view again.")};
    case Generator::Eleventy:
        return Command{nodeTool(site, u"eleventy"_s),
            {u"--serve"_s, u"--port=%1"_s.arg(port), u"--output=%1"_s.arg(cacheFolder + u"/_site"_s)}, {}, folder,
            u"Eleventy"_s,
            tr("This blog's Eleventy is not installed: its node_modules folder has no eleventy. Install "
               "the blog's packages (npm install in its folder), then show the site view again.")};
    case Generator::Unknown: break;
    }
    return std::nullopt;
}

quint16 SiteServer::freeLoopbackPort()
{
    // The kernel picks a port no one listens on; the generator binds it a moment later.
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(probe);
    return port;
}

SiteServer::SiteServer(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so that stopping it stops the dev servers' children too.
    m_process.setChildProcessModifier([] { ::setsid(); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SiteServer::readOutput);
    connect(&m_process, &QProcess::finished, this, &SiteServer::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            setState(State::Failed, tr("%1 could not be started: %2").arg(m_generatorName, m_process.errorString()));
    });
}

SiteServer::~SiteServer()
{
    stop();
}

void SiteServer::start(const SiteModel &site, const QString &cacheFolder)
{
    stop();
    m_generator = site.generator;
    m_root = site.root;
    // Jekyll serves under the site's baseurl (its own templates write links with it, some without
    // relative_url); Hugo is given the loopback address as its base.
    m_basePath = site.generator == Generator::Jekyll ? site.basePath : QString();
    m_themeFolder = site.theme.isEmpty()
        ? QString()
        : QDir(site.siteRoot.isEmpty() ? site.root : site.siteRoot).filePath(u"themes/"_s + site.theme);
    m_output.clear();
    m_problems.clear();
    m_partialLine.clear();
    m_startupMs = -1;
    const quint16 port = freeLoopbackPort();
    std::optional<Command> command = commandFor(site, port, cacheFolder);
    if (!command) {
        m_generatorName.clear();
        setState(State::Missing,
            tr("The site view needs a Hugo, Jekyll, Astro or Eleventy site; this folder is "
               "not one Postwright recognises."));
        return;
    }
    m_generatorName = command->generatorName;
    const QString program = QFileInfo(command->program).isAbsolute()
        ? (QFileInfo(command->program).isExecutable() ? command->program : QString())
        : QStandardPaths::findExecutable(command->program);
    if (program.isEmpty()) {
        setState(State::Missing,
            tr("%1 is not installed here, so the site view cannot build this blog. %2")
                .arg(m_generatorName, command->installHint));
        return;
    }
    if (port == 0) {
        setState(State::Failed, tr("No free port on this computer's loopback address for %1.").arg(m_generatorName));
        return;
    }
    if (!QDir().mkpath(cacheFolder)) {
        setState(State::Failed, tr("Could not make the folder for the site view's build: %1").arg(cacheFolder));
        return;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = command->environment.cbegin(); it != command->environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(command->workingFolder);
    m_origin = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_stopping = false;
    m_clock.start();
    setState(State::Starting);
    m_process.start(program, command->arguments);
}

void SiteServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;
        terminateGroup(SIGTERM);
        if (!m_process.waitForFinished(3000)) {
            terminateGroup(SIGKILL);
            m_process.waitForFinished(1000);
        }
        m_stopping = false;
    }
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void SiteServer::terminateGroup(int signal)
{
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), signal);
}

QUrl SiteServer::pageAddress(const QString &path) const
{
    QUrl page = m_origin;
    page.setPath(m_basePath + (path.startsWith(u'/') ? path : u'/' + path));
    return page;
}

void SiteServer::setState(State state, const QString &message)
{
    m_message = message;
    if (std::exchange(m_state, state) != state || !message.isEmpty())
        emit stateChanged(state);
}

void SiteServer::readOutput()
{
    m_partialLine += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        static const QRegularExpression terminalColours(uR"(\x1b\[[0-9;?]*[A-Za-z])"_s);
        QString line = QString::fromUtf8(m_partialLine.left(end)).remove(terminalColours).trimmed();
        m_partialLine.remove(0, end + 1);
        if (!line.isEmpty())
            lineRead(line);
    }
}

void SiteServer::lineRead(const QString &line)
{
    m_output.append(line);
    if (m_output.size() > keptOutputLines)
        m_output.removeFirst();
    const OutputSigns signs = signsOf(m_generator);
    if (hasAny(line, signs.problem))
        m_problems.append(line);
    if (m_state == State::Starting && hasAny(line, signs.ready)) {
        m_startupMs = m_clock.elapsed();
        setState(State::Ready);
        emit built(std::exchange(m_problems, {}));
    } else if (m_state == State::Ready && hasAny(line, signs.rebuilding)) {
        m_problems.clear();
        setState(State::Rebuilding);
    } else if ((m_state == State::Rebuilding || m_state == State::Ready) && hasAny(line, signs.built)) {
        setState(State::Ready);
        emit built(std::exchange(m_problems, {}));
    } else if (m_state == State::Rebuilding && m_generator == Generator::Jekyll && line.startsWith(u"Error:")) {
        // Jekyll ends a failed rebuild with its error, not with "done".
        setState(State::Ready);
        emit built(std::exchange(m_problems, {}));
    }
}

QString SiteServer::themeVersionHint() const
{
    if (m_generator != Generator::Hugo || m_themeFolder.isEmpty())
        return {};
    const Result<QVariantMap> theme = ConfigFile::read(m_themeFolder + u"/theme.toml"_s, ConfigFile::Keys::LowerCase);
    if (!theme)
        return {};
    const QVersionNumber needed = QVersionNumber::fromString(theme->value(u"min_version"_s).toString());
    static const QRegularExpression hugoVersion(uR"(\bhugo v(\d+\.\d+(\.\d+)?))"_s);
    QVersionNumber installed;
    for (const QString &line : m_output) {
        if (const QRegularExpressionMatch match = hugoVersion.match(line); match.hasMatch())
            installed = QVersionNumber::fromString(match.captured(1));
    }
    if (needed.isNull() || installed.isNull() || installed >= needed)
        return {};
    return tr("The theme “%1” needs Hugo %2 or newer; this computer has Hugo %3. Install a newer Hugo, or use a "
              "release of the theme made for Hugo %3.")
        .arg(QFileInfo(m_themeFolder).fileName(), needed.toString(), installed.toString());
}

void SiteServer::finished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (m_stopping)
        return;
    // What the generator said last, without what only a programmer reads: a Ruby or Go stack,
    // rulers, and the advice to run it again with --trace.
    static const QRegularExpression noise(
        uR"(^from \S+:\d+:in |\.(rb|go):\d+(:in |\b)|^-{8,}$|--trace|for any additional information)"_s);
    QStringList said;
    for (const QString &line : m_output) {
        if (!noise.match(line).hasMatch())
            said.append(line);
    }
    const QStringList why = m_problems.isEmpty() ? said.mid(qMax(0, said.size() - 6)) : m_problems;
    const QString reason = why.join(u'\n');
    QString message;
    if (status == QProcess::CrashExit)
        message = tr("%1 stopped unexpectedly.\n%2").arg(m_generatorName, reason);
    else if (m_state == State::Starting)
        message = tr("%1 could not build this site (exit code %2):\n%3").arg(m_generatorName).arg(exitCode).arg(reason);
    else
        message = tr("%1 stopped (exit code %2):\n%3").arg(m_generatorName).arg(exitCode).arg(reason);
    if (const QString hint = themeVersionHint(); !hint.isEmpty())
        message = hint + u"\n\n"_s + message;
    setState(State::Failed, message);
}

} // namespace Postwright::Core
