#pragma once

#include <QStringList>

namespace Postwright::App {

// How the preview's QtWebEngine is started, decided before QApplication exists.
//
// The preview is one document, not a game: software compositing draws it as quickly, and leaving
// OpenGL alone keeps the GL driver out of the process. On Mesa's software GL (llvmpipe, what
// machines without a GPU driver run) that driver maps libLLVM: about 60 MiB of the app's memory.
// Chromium's second ("unsandboxed") zygote is not needed by a browser that never starts GPU or
// utility processes, and with the sandbox off no zygote is. The page gets V8's gc() to collect the
// nodes each edit replaces when typing pauses. POSTWRIGHT_USE_GPU=1 restores Qt's and Chromium's
// defaults.
class PreviewEngine final {
public:
    // Chromium's command line: the writer's own flags kept, ours added when missing.
    static QStringList chromiumFlags(const QStringList &userFlags, bool sandboxDisabled);
    static bool sandboxDisabled(const QStringList &userFlags);
    // Applies the above to the process environment and Qt Quick. Call before QApplication.
    static void prepare();
    // Gives back the environment prepare() changed, once QtWebEngine has read it (after the first
    // web page exists): programs the app starts, such as the browser a link opens, must not
    // inherit a GL-less platform or Chromium flags meant for the preview.
    static void restoreEnvironment();
};

} // namespace Postwright::App
