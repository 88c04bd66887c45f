// Device tree source after the C preprocessor, as dtc's lexer (scripts/dtc/dtc-lexer.l) reads it.
// dtc's lexer has three states, mirrored here by modes:
//   DEFAULT_MODE  dtc's V1 state: values, where digits are integer literals;
//   NAME          after '{', ';' and the deletion keywords, where the next word is a node or
//                 property name (digits, ',', '#', '@', '-' and friends are name characters);
//   BYTES         inside '[' … ']', where two hex digits are one byte.
// Rules dtc marks <*> (strings, labels, references, keywords, punctuation) appear in each mode;
// as in dtc, punctuation other than '{', ';' and '[' leaves the mode as it is.
lexer grammar DtsLexer;

V1
    : '/dts-v1/'
    ;

PLUGIN
    : '/plugin/'
    ;

MEMRESERVE
    : '/memreserve/'
    ;

BITS
    : '/bits/'
    ;

DEL_PROP
    : '/delete-property/' -> mode(NAME)
    ;

DEL_NODE
    : '/delete-node/' -> mode(NAME)
    ;

OMIT_NO_REF
    : '/omit-if-no-ref/' -> mode(NAME)
    ;

INCBIN
    : '/incbin/'
    ;

// dtc's textual include: the token source opens the file in place of this token.
INCLUDE
    : '/include/' WS_CHAR* STRING_BODY
    ;

STRING
    : STRING_BODY
    ;

LABEL
    : LABEL_NAME ':'
    ;

LITERAL
    : DIGIT+ INT_SUFFIX?
    | '0' [xX] HEX_DIGIT+ INT_SUFFIX?
    ;

CHAR_LITERAL
    : CHAR_BODY
    ;

LABEL_REF
    : '&' LABEL_NAME
    ;

PATH_REF
    : PATH_REF_BODY
    ;

WS
    : WS_CHAR+ -> skip
    ;

COMMENT
    : '/*' .*? '*/' -> skip
    ;

LINE_COMMENT
    : '//' ~[\n]* -> skip
    ;

LSHIFT
    : '<<'
    ;

RSHIFT
    : '>>'
    ;

LE
    : '<='
    ;

GE
    : '>='
    ;

EQ
    : '=='
    ;

NE
    : '!='
    ;

AND
    : '&&'
    ;

OR
    : '||'
    ;

LBRACE
    : '{' -> mode(NAME)
    ;

SEMI
    : ';' -> mode(NAME)
    ;

LBRACK
    : '[' -> mode(BYTES)
    ;

RBRACE
    : '}'
    ;

RBRACK
    : ']'
    ;

LT
    : '<'
    ;

GT
    : '>'
    ;

LPAREN
    : '('
    ;

RPAREN
    : ')'
    ;

COMMA
    : ','
    ;

EQUALS
    : '='
    ;

SLASH
    : '/'
    ;

PLUS
    : '+'
    ;

MINUS
    : '-'
    ;

STAR
    : '*'
    ;

PERCENT
    : '%'
    ;

AMP
    : '&'
    ;

PIPE
    : '|'
    ;

CARET
    : '^'
    ;

TILDE
    : '~'
    ;

BANG
    : '!'
    ;

QUESTION
    : '?'
    ;

COLON
    : ':'
    ;

fragment DIGIT
    : [0-9]
    ;

fragment HEX_DIGIT
    : [0-9a-fA-F]
    ;

fragment INT_SUFFIX
    : 'U'
    | 'L'
    | 'UL'
    | 'LL'
    | 'ULL'
    ;

fragment LABEL_NAME
    : [a-zA-Z_] [a-zA-Z0-9_]*
    ;

fragment PROPNODE_CHAR
    : [a-zA-Z0-9,._+*#?@-]
    ;

fragment PATH_REF_BODY
    : '&{/' (PROPNODE_CHAR | '/')* '}'
    ;

fragment STRING_BODY
    : '"' (~["\\] | '\\' .)* '"'
    ;

fragment CHAR_BODY
    : '\'' (~['\\] | '\\' .)* '\''
    ;

fragment WS_CHAR
    : [ \t\r\n\f\u000B]
    ;

mode NAME;

PROPNODENAME
    : '\\'? PROPNODE_CHAR+ -> mode(DEFAULT_MODE)
    ;

N_V1
    : '/dts-v1/' -> type(V1), mode(DEFAULT_MODE)
    ;

N_PLUGIN
    : '/plugin/' -> type(PLUGIN)
    ;

N_MEMRESERVE
    : '/memreserve/' -> type(MEMRESERVE), mode(DEFAULT_MODE)
    ;

N_BITS
    : '/bits/' -> type(BITS), mode(DEFAULT_MODE)
    ;

N_DEL_PROP
    : '/delete-property/' -> type(DEL_PROP)
    ;

N_DEL_NODE
    : '/delete-node/' -> type(DEL_NODE)
    ;

N_OMIT_NO_REF
    : '/omit-if-no-ref/' -> type(OMIT_NO_REF)
    ;

N_INCLUDE
    : '/include/' WS_CHAR* STRING_BODY -> type(INCLUDE)
    ;

N_STRING
    : STRING_BODY -> type(STRING)
    ;

N_LABEL
    : LABEL_NAME ':' -> type(LABEL)
    ;

N_CHAR_LITERAL
    : CHAR_BODY -> type(CHAR_LITERAL)
    ;

N_LABEL_REF
    : '&' LABEL_NAME -> type(LABEL_REF)
    ;

N_PATH_REF
    : PATH_REF_BODY -> type(PATH_REF)
    ;

N_WS
    : WS_CHAR+ -> skip
    ;

N_COMMENT
    : '/*' .*? '*/' -> skip
    ;

N_LINE_COMMENT
    : '//' ~[\n]* -> skip
    ;

N_LBRACE
    : '{' -> type(LBRACE)
    ;

N_SEMI
    : ';' -> type(SEMI)
    ;

N_LBRACK
    : '[' -> type(LBRACK), mode(BYTES)
    ;

N_RBRACE
    : '}' -> type(RBRACE)
    ;

N_SLASH
    : '/' -> type(SLASH)
    ;

N_EQUALS
    : '=' -> type(EQUALS)
    ;

N_LT
    : '<' -> type(LT)
    ;

mode BYTES;

BYTE
    : HEX_DIGIT HEX_DIGIT
    ;

B_RBRACK
    : ']' -> type(RBRACK), mode(DEFAULT_MODE)
    ;

B_LABEL
    : LABEL_NAME ':' -> type(LABEL)
    ;

B_WS
    : WS_CHAR+ -> skip
    ;

B_COMMENT
    : '/*' .*? '*/' -> skip
    ;

B_LINE_COMMENT
    : '//' ~[\n]* -> skip
    ;
