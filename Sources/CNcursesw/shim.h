// The smallest bridge to ncursesw that Swift needs.
#ifndef BRAG_CNCURSESW_SHIM_H
#define BRAG_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <term.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>

// Swift 6 cannot read C mutable globals, and function-like macros (A_BOLD, BUTTON1_PRESSED) are
// not imported: expose them as constants and tiny accessors.
enum {
  BRAG_A_BOLD = A_BOLD,
  BRAG_A_DIM = A_DIM,
  BRAG_A_REVERSE = A_REVERSE,
  BRAG_A_UNDERLINE = A_UNDERLINE,
  BRAG_BUTTON1_PRESSED = BUTTON1_PRESSED,
  BRAG_BUTTON1_CLICKED = BUTTON1_CLICKED,
  BRAG_BUTTON4_PRESSED = BUTTON4_PRESSED,
  BRAG_BUTTON5_PRESSED = BUTTON5_PRESSED,
};

// The C library's column count for a character; glibc declares it only under _XOPEN_SOURCE,
// which the Glibc module is built without.
extern int wcwidth(wchar_t);

static inline WINDOW *brag_stdscr(void) { return stdscr; }
static inline FILE *brag_stdin(void) { return stdin; }
static inline FILE *brag_stdout(void) { return stdout; }

#endif
