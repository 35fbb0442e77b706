#include "preview/previewengine.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

#include <algorithm>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Postwright::App {

namespace {

// A variable prepare() set, as the app found it (nullopt: unset), for restoreEnvironment().
struct SavedVariable {
    const char *name;
    std::optional<QByteArray> value;
    bool saved = false;

    void saveAndSet(const QByteArray &newValue)
    {
        if (!saved) {
            value = qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt;
            saved = true;
        }
        qputenv(name, newValue);
    }
};
SavedVariable g_xcbGlIntegration{"QT_XCB_GL_INTEGRATION", {}};
SavedVariable g_chromiumFlags{"QTWEBENGINE_CHROMIUM_FLAGS", {}};

} // namespace

bool PreviewEngine::sandboxDisabled(const QStringList &userFlags)
{
    // QtWebEngine 6.4 turns the sandbox off when the variable is set at all, even to 0 (it then
    // passes --no-sandbox itself), so the same test is made here.
    return qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") || userFlags.contains(u"--no-sandbox"_s);
}

QStringList PreviewEngine::chromiumFlags(const QStringList &userFlags, bool sandboxDisabled)
{
    QStringList flags = userFlags;
    const auto add = [&flags](const QString &flag) {
        if (!flags.contains(flag))
            flags.append(flag);
    };
    add(u"--disable-gpu"_s);
    // The preview page collects its garbage when typing pauses (preview.js). The writer's own
    // V8 flags win: Chromium reads only one --js-flags.
    if (!std::any_of(
            flags.cbegin(), flags.cend(), [](const QString &flag) { return flag.startsWith(u"--js-flags="_s); }))
        add(u"--js-flags=--expose-gc"_s);
    if (sandboxDisabled) {
        // Chromium allows --no-zygote only beside --no-sandbox.
        add(u"--no-sandbox"_s);
        add(u"--no-zygote"_s);
    } else if (!flags.contains(u"--no-zygote"_s)) {
        // Renderers still start from the sandboxed zygote.
        add(u"--no-unsandboxed-zygote"_s);
    }
    return flags;
}

void PreviewEngine::prepare()
{
#ifdef __GLIBC__
    // Chromium runs a score of threads in the app's process; glibc would give each busy one its own
    // heap arena, and every arena keeps freed memory. Two arenas keep 5 MiB less at the same speed
    // (bench_writingwindow). Before any thread exists.
    mallopt(M_ARENA_MAX, 2);
#endif
    const QByteArray useGpu = qgetenv("POSTWRIGHT_USE_GPU");
    if (!useGpu.isEmpty() && useGpu != "0")
        return;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // The xcb platform loads GLX (and with it the GL driver) at start unless told not to.
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        g_xcbGlIntegration.saveAndSet("none");
    const QStringList userFlags =
        QString::fromLocal8Bit(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")).split(u' ', Qt::SkipEmptyParts);
    g_chromiumFlags.saveAndSet(chromiumFlags(userFlags, sandboxDisabled(userFlags)).join(u' ').toLocal8Bit());
}

void PreviewEngine::restoreEnvironment()
{
    for (SavedVariable *variable : {&g_xcbGlIntegration, &g_chromiumFlags}) {
        if (!variable->saved)
            continue;
        if (variable->value)
            qputenv(variable->name, *variable->value);
        else
            qunsetenv(variable->name);
        variable->saved = false;
    }
}

} // namespace Postwright::App
