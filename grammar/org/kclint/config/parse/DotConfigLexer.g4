/*
 * Tokens of a kernel .config file as conf's conf_read_simple() sees its lines: an assignment
 * "CONFIG_NAME=value", an unset marker "# CONFIG_NAME is not set", other comments, and any
 * other line (which conf warns about and skips). Every byte sequence lexes: conf rejects
 * nothing, so neither do we. Only '\n' ends a line; a '\r' before it stays in the token and
 * the model builder drops it where conf does.
 *
 * Where two rules match at a line start the longer wins, so "CONFIG_" beats a one-character
 * OTHER and " CONFIG_" beats a one-character COMMENT_START.
 */
lexer grammar DotConfigLexer;

CONFIG_PREFIX
    : 'CONFIG_' -> pushMode(NAME_MODE)
    ;

HASH
    : '#' -> pushMode(COMMENT_MODE)
    ;

NEWLINE
    : '\n'
    ;

OTHER
    : ~[#\n] -> pushMode(REST_MODE)
    ;

mode NAME_MODE;

NAME
    : ~[=\n]+
    ;

EQUALS
    : '=' -> mode(VALUE_MODE)
    ;

NAME_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;

mode VALUE_MODE;

VALUE
    : ~[\n]+
    ;

VALUE_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;

mode COMMENT_MODE;

UNSET_PREFIX
    : ' CONFIG_' -> mode(UNSET_MODE)
    ;

COMMENT_START
    : ~[\n] -> mode(COMMENT_TEXT_MODE)
    ;

COMMENT_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;

mode COMMENT_TEXT_MODE;

COMMENT_TEXT
    : ~[\n]+
    ;

COMMENT_TEXT_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;

mode UNSET_MODE;

UNSET_NAME
    : ~[ \n]+
    ;

UNSET_TAIL
    : ' ' ~[\n]*
    ;

UNSET_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;

mode REST_MODE;

REST
    : ~[\n]+
    ;

REST_NEWLINE
    : '\n' -> type(NEWLINE), popMode
    ;
