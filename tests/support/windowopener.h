#pragma once

#include "mainwindow.h"
#include "preview/previewview.h"

#include <QSignalSpy>

// Opens a blog or post in a main window and waits until its preview has shown the blocks.
inline bool openAndWaitForPreview(Postwright::App::MainWindow &window, const Postwright::Core::OpenTarget &target)
{
    QSignalSpy shown(window.preview(), &Postwright::App::PreviewView::blocksShown);
    if (!window.open(target))
        return false;
    window.show();
    return shown.wait(20000);
}
