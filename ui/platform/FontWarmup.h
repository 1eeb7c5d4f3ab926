#pragma once

#include <future>

namespace opc::ui {

// Paint first: on Linux, the first text a window draws waits for fontconfig to read its
// configuration and font cache (about a third of the console's start-up). Starting that on the
// second core at the top of main() lets it overlap QApplication's own start and the building of
// the widgets. Elsewhere (Windows, macOS: no fontconfig) it does nothing.
//
// Keep the returned future alive until QApplication::exec() returns; its destructor waits for
// the warm-up, which is long over by then.
std::future<void> startFontWarmup();

} // namespace opc::ui
