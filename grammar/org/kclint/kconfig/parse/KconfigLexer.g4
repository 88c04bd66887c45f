/*
 * Tokens of the Linux 6.1 Kconfig language, after scripts/kconfig/lexer.l.
 *
 * Macro references are kept as raw text here ($(...) words and string pieces) and expanded by
 * the model builder in reading order, so that variables assigned in a sourced file are seen by
 * the lines after the `source`, as the kernel's single-pass lexer sees them. Decisions that
 * depend on the tokens before (a variable assignment's raw value, the start and end of help
 * text, a string that a newline ends) are taken by KconfigTokenSource, which switches modes.
 */
lexer grammar KconfigLexer;

// Help text: after `help` and its end of line, KconfigTokenSource reads the indented lines
// itself (their end depends on the first line's indentation, which no lexer rule can count).
tokens {
    HELPTEXT,
    // A line the parser could not take, replaced by one token so that the rest is read as conf's
    // parser reads it after its error recovery (KconfigFileParser).
    SYNTAX_ERROR
}

COMMENT_TEXT
    : '#' ~'\n'* -> skip
    ;

BLANKS
    : [ \t]+ -> skip
    ;

LINE_CONTINUATION
    : '\\' '\n' -> skip
    ;

EOL
    : '\n'
    ;

BOOL
    : 'bool'
    ;

CHOICE
    : 'choice'
    ;

COMMENT
    : 'comment'
    ;

CONFIG
    : 'config'
    ;

DEF_BOOL
    : 'def_bool'
    ;

DEF_TRISTATE
    : 'def_tristate'
    ;

DEFAULT
    : 'default'
    ;

DEPENDS
    : 'depends'
    ;

ENDCHOICE
    : 'endchoice'
    ;

ENDIF
    : 'endif'
    ;

ENDMENU
    : 'endmenu'
    ;

HELP
    : 'help'
    ;

HEX
    : 'hex'
    ;

IF
    : 'if'
    ;

IMPLY
    : 'imply'
    ;

INT
    : 'int'
    ;

MAINMENU
    : 'mainmenu'
    ;

MENU
    : 'menu'
    ;

MENUCONFIG
    : 'menuconfig'
    ;

MODULES
    : 'modules'
    ;

ON
    : 'on'
    ;

OPTIONAL
    : 'optional'
    ;

PROMPT
    : 'prompt'
    ;

RANGE
    : 'range'
    ;

SELECT
    : 'select'
    ;

SOURCE
    : 'source'
    ;

// rsource, osource and orsource are Kconfiglib's, not 6.1's: its lexer reads them as words, so
// they are unknown statements there (lexer.l has no rule for them).

STRING
    : 'string'
    ;

TRISTATE
    : 'tristate'
    ;

VISIBLE
    : 'visible'
    ;

OR
    : '||'
    ;

AND
    : '&&'
    ;

EQUAL
    : '='
    ;

UNEQUAL
    : '!='
    ;

LESS
    : '<'
    ;

LESS_EQUAL
    : '<='
    ;

GREATER
    : '>'
    ;

GREATER_EQUAL
    : '>='
    ;

NOT
    : '!'
    ;

OPEN_PAREN
    : '('
    ;

CLOSE_PAREN
    : ')'
    ;

COLON_EQUAL
    : ':='
    ;

PLUS_EQUAL
    : '+='
    ;

DQUOTE
    : '"' -> pushMode(DQ_STRING)
    ;

SQUOTE
    : '\'' -> pushMode(SQ_STRING)
    ;

WORD
    : WORD_CHAR+
    ;

// A word with at least one '$': expanded as one token, never re-lexed (preprocess.c
// expand_one_token). A '$' not followed by '(' stands for itself.
MACRO_WORD
    : WORD_CHAR* REFERENCE (WORD_CHAR | REFERENCE)*
    ;

// lexer.l warns about and ignores any other character.
UNSUPPORTED
    : .
    ;

fragment WORD_CHAR
    : [A-Za-z0-9_-]
    ;

fragment REFERENCE
    : '$' PARENS?
    ;

// A macro reference runs to its matching ')' on the same line, whatever it holds.
fragment PARENS
    : '(' (PARENS | ~[()\n])* ')'
    ;

mode DQ_STRING;

DQ_TEXT
    : ~["'$\\\n]+
    ;

DQ_OTHER_QUOTE
    : '\''
    ;

DQ_ESCAPE
    : '\\' ~'\n'?
    ;

DQ_REFERENCE
    : REFERENCE
    ;

DQ_END
    : '"' -> popMode
    ;

mode SQ_STRING;

SQ_TEXT
    : ~["'$\\\n]+
    ;

SQ_OTHER_QUOTE
    : '"'
    ;

SQ_ESCAPE
    : '\\' ~'\n'?
    ;

SQ_REFERENCE
    : REFERENCE
    ;

SQ_END
    : '\'' -> popMode
    ;

// After `NAME =`, `:=` or `+=`: the raw value to the end of the line, leading blanks dropped.
mode ASSIGN_VAL;

ASSIGN_BLANKS
    : [ \t]+ -> skip
    ;

ASSIGN_VALUE
    : ~[ \t\n] ~'\n'*
    ;

ASSIGN_EOL
    : '\n' -> type(EOL), popMode
    ;
