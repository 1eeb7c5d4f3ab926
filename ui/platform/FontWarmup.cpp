#include "ui/platform/FontWarmup.h"

#if defined(OPC_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>
#endif

namespace opc::ui {

std::future<void> startFontWarmup()
{
#if defined(OPC_HAVE_FONTCONFIG)
    // FcInit() is idempotent and thread-safe: when Qt's font database calls it later it finds
    // the configuration loaded (or waits for nothing more than this thread's remaining work).
    return std::async(std::launch::async, [] { FcInit(); });
#else
    return {};
#endif
}

} // namespace opc::ui
