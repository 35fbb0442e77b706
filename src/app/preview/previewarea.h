#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;

namespace Postwright::App {

class PreviewView;
class SiteView;

// Beside the editor: the quick preview or the site view, with a switch between them above.
class PreviewArea final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewArea)

public:
    // quick and site are the View menu's checkable actions for the two modes.
    PreviewArea(PreviewView *preview, SiteView *siteView, QAction *quick, QAction *site, QWidget *parent = nullptr);

    bool isShowingSite() const;

private:
    QStackedWidget *m_stack;
};

} // namespace Postwright::App
