/*
 * How testdata/explain/explain.golden was made: menuconfig's help screen (menu.c:
 * menu_get_ext_help) for each symbol named on the command line, after conf_read(CONFIG), by the
 * kernel's own scripts/kconfig code. Not part of the build; to regenerate, with a kernel tree
 * whose scripts/kconfig objects are built (make defconfig does it):
 *
 *   K=linux/scripts/kconfig
 *   gcc -I$K -o symhelp symhelp.c $K/confdata.o $K/expr.o $K/lexer.lex.o $K/menu.o \
 *       $K/parser.tab.o $K/preprocess.o $K/symbol.o $K/util.o
 *   cd testdata/explain && srctree=. ./symhelp Kconfig explain.config $(cat symbols.txt) > explain.golden
 *
 * The screen shown is that of the symbol's first menu entry with help text, else its first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lkc.h"

static struct menu *first_menu(struct menu *m, struct symbol *sym, int want_help)
{
	for (; m; m = m->next) {
		struct menu *found;
		if (m->sym == sym && (!want_help || menu_has_help(m)))
			return m;
		if (m->list && (found = first_menu(m->list, sym, want_help)))
			return found;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int i;
	if (argc < 3) { fprintf(stderr, "usage: symhelp Kconfig CONFIG|- SYMBOL...\n"); return 2; }
	conf_parse(argv[1]);
	conf_read(strcmp(argv[2], "-") ? argv[2] : NULL);
	for (i = 3; i < argc; i++) {
		struct symbol *sym = sym_find(argv[i]);
		struct gstr help = str_new();
		struct menu *m;
		if (!sym) { printf("no symbol %s\n", argv[i]); continue; }
		m = first_menu(rootmenu.list, sym, 1);
		if (!m) m = first_menu(rootmenu.list, sym, 0);
		if (!m) { printf("no menu for %s\n", argv[i]); continue; }
		menu_get_ext_help(m, &help);
		fputs(str_get(&help), stdout);
		str_free(&help);
	}
	return 0;
}
