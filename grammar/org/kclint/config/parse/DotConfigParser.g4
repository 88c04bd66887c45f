/*
 * A kernel .config file: lines, the last one possibly without a newline. See DotConfigLexer
 * for what each kind of line is.
 */
parser grammar DotConfigParser;

options {
    tokenVocab = DotConfigLexer;
}

config
    : (line? NEWLINE)* line? EOF
    ;

line
    : assignment
    | unset
    | comment
    | other
    ;

assignment
    : CONFIG_PREFIX NAME? (EQUALS VALUE?)?
    ;

unset
    : HASH UNSET_PREFIX UNSET_NAME? UNSET_TAIL?
    ;

comment
    : HASH COMMENT_START? COMMENT_TEXT?
    ;

other
    : OTHER REST?
    ;
