#include "appactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <variant>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Id = AppActions::Id;

namespace {

struct Separator { };
struct Submenu {
    QMenu **menu;
    QString title;
};
using MenuEntry = std::variant<Id, Separator, Submenu>;

} // namespace

AppActions::AppActions(QObject *parent, const QHash<Id, QAction *> &provided) : QObject(parent)
{
    const auto add = [&](Id id, const QString &objectName, const QString &text, const QKeySequence &shortcut = {}) {
        QAction *action = provided.value(id);
        if (!action)
            action = new QAction(this);
        action->setObjectName(objectName);
        action->setText(text);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        m_actions.insert(id, action);
        return action;
    };
    const auto checkable = [](QAction *action, bool checked) {
        action->setCheckable(true);
        action->setChecked(checked);
    };
    add(Id::NewPost, u"newPostAction"_s, tr("&New Post…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    add(Id::OpenPost, u"openPostAction"_s, tr("&Open Post…"), QKeySequence(Qt::CTRL | Qt::Key_O));
    add(Id::OpenBlog, u"openBlogAction"_s, tr("Open &Blog…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    add(Id::Save, u"saveAction"_s, tr("&Save"), QKeySequence(Qt::CTRL | Qt::Key_S));
    add(Id::SaveAs, u"saveAsAction"_s, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    add(Id::Publish, u"publishAction"_s, tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))
        ->setToolTip(tr("Commit this post and push it to the blog's remote (Ctrl+Shift+P)"));
    add(Id::History, u"historyAction"_s, tr("Post &History…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H))
        ->setToolTip(tr("This post's earlier versions: compare one with the text now, or restore it (Ctrl+Shift+H)"));
    add(Id::DeletedPosts, u"deletedPostsAction"_s, tr("&Deleted Posts…"))
        ->setToolTip(tr("Posts deleted in the blog's history, to read or bring back"));
    add(Id::BlogSettings, u"blogSettingsAction"_s, tr("Blog Se&ttings…"));
    add(Id::Quit, u"quitAction"_s, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q))->setMenuRole(QAction::QuitRole);

    add(Id::Undo, u"undoAction"_s, tr("&Undo"), QKeySequence::Undo);
    add(Id::Redo, u"redoAction"_s, tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    add(Id::Cut, u"cutAction"_s, tr("Cu&t"), QKeySequence::Cut);
    add(Id::Copy, u"copyAction"_s, tr("&Copy"), QKeySequence::Copy);
    add(Id::Paste, u"pasteAction"_s, tr("&Paste"), QKeySequence::Paste);
    add(Id::SelectAll, u"selectAllAction"_s, tr("Select &All"), QKeySequence::SelectAll);
    add(Id::Find, u"findAction"_s, tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F));
    add(Id::FindReplace, u"findReplaceAction"_s, tr("Find and Rep&lace…"), QKeySequence(Qt::CTRL | Qt::Key_H));
    add(Id::FindNext, u"findNextAction"_s, tr("Find &Next"), QKeySequence(Qt::Key_F3));
    add(Id::FindPrevious, u"findPreviousAction"_s, tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    add(Id::Settings, u"settingsAction"_s, tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma))
        ->setMenuRole(QAction::PreferencesRole);

    add(Id::Bold, u"boldAction"_s, tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B));
    add(Id::Italic, u"italicAction"_s, tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I));
    add(Id::Link, u"linkAction"_s, tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    add(Id::InsertImage, u"insertImageAction"_s, tr("&Image…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))
        ->setToolTip(tr("Add a picture to this post: resized, without its location data, where the site serves it"));

    checkable(add(Id::ShowPreview, u"showPreviewAction"_s, tr("Show &Preview"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
        true);
    // The two modes of the preview, one at a time.
    auto *previewModes = new QActionGroup(this);
    QAction *quick = add(
        Id::QuickPreview, u"quickPreviewAction"_s, tr("&Quick Preview"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    quick->setToolTip(tr("The post as you type it, in the site's style (Ctrl+Alt+1)"));
    QAction *site =
        add(Id::SiteView, u"siteViewAction"_s, tr("Site &View"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    site->setToolTip(tr("The post's page as the blog's generator builds it, after each save (Ctrl+Alt+2)"));
    checkable(quick, true);
    checkable(site, false);
    previewModes->addAction(quick);
    previewModes->addAction(site);
    add(Id::ShowOutline, u"showOutlineAction"_s, tr("Show &Outline"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    checkable(add(Id::ShowForm, u"showFormAction"_s, tr("Show &Front Matter Form")), true);
    checkable(add(Id::LineNumbers, u"lineNumbersAction"_s, tr("Line &Numbers"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
        false);
    QAction *remote =
        add(Id::AllowRemoteContent, u"allowRemoteContentAction"_s, tr("Allow &Remote Images and Fonts for This Blog"));
    checkable(remote, false);
    remote->setToolTip(tr("Off by default: a post's preview loads nothing from the internet"));
    add(Id::ZoomIn, u"zoomInAction"_s, tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal));
    add(Id::ZoomOut, u"zoomOutAction"_s, tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    add(Id::ResetZoom, u"resetZoomAction"_s, tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0));

    add(Id::About, u"aboutAction"_s, tr("&About Postwright"))->setMenuRole(QAction::AboutRole);
    add(Id::AboutQt, u"aboutQtAction"_s, tr("About &Qt"))->setMenuRole(QAction::AboutQtRole);
    update({});
}

void AppActions::populate(QMenuBar *menuBar, QToolBar *toolBar)
{
    const QList<std::pair<QString, QList<MenuEntry>>> menus = {
        {tr("&File"),
            {Id::NewPost, Id::OpenPost, Id::OpenBlog, Submenu{&m_recentMenu, tr("Open &Recent")}, Separator{}, Id::Save,
                Id::SaveAs, Separator{}, Id::Publish, Id::History, Id::DeletedPosts, Id::BlogSettings, Separator{},
                Id::Quit}},
        {tr("&Edit"),
            {Id::Undo, Id::Redo, Separator{}, Id::Cut, Id::Copy, Id::Paste, Id::SelectAll, Separator{}, Id::Find,
                Id::FindReplace, Id::FindNext, Id::FindPrevious, Separator{}, Id::Settings}},
        {tr("F&ormat"), {Id::Bold, Id::Italic, Id::Link}},
        {tr("&Insert"), {Id::InsertImage}},
        {tr("&View"),
            {Id::ShowPreview, Id::QuickPreview, Id::SiteView, Separator{}, Id::ShowOutline, Id::ShowForm,
                Id::LineNumbers, Id::AllowRemoteContent, Submenu{&m_spellingMenu, tr("&Spelling Language")},
                Separator{}, Id::ZoomIn, Id::ZoomOut, Id::ResetZoom}},
        {tr("&Help"), {Id::About, Id::AboutQt}},
    };
    for (const auto &[title, entries] : menus) {
        QMenu *menu = menuBar->addMenu(title);
        for (const MenuEntry &entry : entries) {
            if (const Id *id = std::get_if<Id>(&entry))
                menu->addAction(action(*id));
            else if (const Submenu *submenu = std::get_if<Submenu>(&entry))
                *submenu->menu = menu->addMenu(submenu->title);
            else
                menu->addSeparator();
        }
    }
    toolBar->addAction(action(Id::Save));
    toolBar->addAction(action(Id::Publish));
}

void AppActions::update(const State &state)
{
    const bool editing = state.hasPost || state.hasText;
    for (const Id id : {Id::Save, Id::SaveAs, Id::Bold, Id::Italic, Id::Link})
        action(id)->setEnabled(editing);
    // Publishing needs a post's file: an unsaved text has nothing to commit yet.
    action(Id::Publish)->setEnabled(state.hasPost);
    action(Id::History)->setEnabled(state.hasPost);
    // An image goes beside the post or in its site's folder: both need the post's file.
    action(Id::InsertImage)->setEnabled(state.hasPost);
    action(Id::Undo)->setEnabled(state.canUndo);
    action(Id::Redo)->setEnabled(state.canRedo);
}

} // namespace Postwright::App
