#include "preview/previewarea.h"

#include "preview/previewview.h"
#include "preview/siteview.h"

#include <QAction>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

PreviewArea::PreviewArea(PreviewView *preview, SiteView *siteView, QAction *quick, QAction *site, QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setObjectName(u"previewArea"_s);
    auto *modes = new QToolBar(this);
    modes->setObjectName(u"previewModeBar"_s);
    modes->setToolButtonStyle(Qt::ToolButtonTextOnly);
    modes->setIconSize(QSize(12, 12));
    modes->addAction(quick);
    modes->addAction(site);
    preview->setParent(m_stack);
    siteView->setParent(m_stack);
    m_stack->addWidget(preview);
    m_stack->addWidget(siteView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(modes);
    layout->addWidget(m_stack, 1);
    connect(site, &QAction::toggled, this, [this, preview, siteView](bool showSite) {
        m_stack->setCurrentWidget(showSite ? static_cast<QWidget *>(siteView) : preview);
    });
}

bool PreviewArea::isShowingSite() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace Postwright::App
