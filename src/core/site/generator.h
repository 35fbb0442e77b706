#pragma once

namespace Postwright::Core {

// The site generators Postwright knows the conventions of.
enum class Generator { Hugo, Jekyll, Astro, Eleventy, Unknown };

} // namespace Postwright::Core
