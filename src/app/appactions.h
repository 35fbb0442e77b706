#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace Postwright::App {

// Every command of the window, by id: its text, shortcut, object name, place in the menus and the
// toolbar, and when it can be used. The window connects what each does; update() enables them all
// from one description of the window's state.
class AppActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppActions)

public:
    enum class Id {
        NewPost,
        OpenPost,
        OpenBlog,
        Save,
        SaveAs,
        Publish,
        History,
        DeletedPosts,
        BlogSettings,
        Quit,
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        Find,
        FindReplace,
        FindNext,
        FindPrevious,
        Settings,
        Bold,
        Italic,
        Link,
        InsertImage,
        ShowPreview,
        QuickPreview,
        SiteView,
        ShowOutline,
        ShowForm,
        LineNumbers,
        AllowRemoteContent,
        ZoomIn,
        ZoomOut,
        ResetZoom,
        About,
        AboutQt,
    };

    // What the commands depend on.
    struct State {
        bool hasPost = false; // a post's file is open
        bool hasText = false; // the editor holds text, saved or not
        bool canUndo = false;
        bool canRedo = false;
    };

    // Actions the window already has (a dock's toggle, say) are taken as they are and described
    // like the others.
    explicit AppActions(QObject *parent, const QHash<Id, QAction *> &provided = {});

    QAction *action(Id id) const { return m_actions.value(id); }
    // Fills the menu bar and the toolbar. The recent-files and spelling menus are filled by the window.
    void populate(QMenuBar *menuBar, QToolBar *toolBar);
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *spellingMenu() const { return m_spellingMenu; }
    void update(const State &state);

private:
    QHash<Id, QAction *> m_actions;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_spellingMenu = nullptr;
};

} // namespace Postwright::App
