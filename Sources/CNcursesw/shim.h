// The smallest bridge to ncursesw that Swift needs.
#ifndef BRAG_CNCURSESW_SHIM_H
#define BRAG_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <langinfo.h>
#endif
