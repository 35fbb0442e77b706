#pragma once

namespace Postwright::App {

// The pages of the settings dialog, in their order.
enum class SettingsPage { Editor, Blog, Credentials };

} // namespace Postwright::App
