# Filled by the Windows and macOS installer work.
