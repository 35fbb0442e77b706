#pragma once

#include "site/newpost.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPostDialog;
}

namespace Postwright::App {

// Asks for a title and shows where the post will be written, by the site's conventions.
class NewPostDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPostDialog)

public:
    explicit NewPostDialog(const Core::SiteProfile &profile, QWidget *parent = nullptr);
    ~NewPostDialog() override;

    const std::optional<Core::NewPost> &plannedPost() const { return m_planned; }

private:
    void updatePlan();

    std::unique_ptr<Ui::NewPostDialog> m_ui;
    Core::SiteProfile m_profile;
    std::optional<Core::NewPost> m_planned;
    Core::NewPost::Style m_style; // how the blog's posts are written
};

} // namespace Postwright::App
