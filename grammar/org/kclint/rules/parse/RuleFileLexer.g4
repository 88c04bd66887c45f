/* Tokens of kclint rule files; see RuleFileParser.g4. */
lexer grammar RuleFileLexer;

RULE
    : 'rule' -> pushMode(NAME)
    ;

/* A check kclint makes in code (the Kconfig and waiver checks): its catalogue entry only. */
CHECK
    : 'check' -> pushMode(NAME)
    ;

SCENARIO
    : 'scenario' -> pushMode(NAME)
    ;

/* What the model must find in the rule's scenario: a violation kind, hyphenated like a name. */
EXPECT
    : 'expect' -> pushMode(NAME)
    ;

SEVERITY
    : 'severity'
    ;

SUMMARY
    : 'summary'
    ;

KERNELS
    : 'kernels'
    ;

WHEN
    : 'when'
    ;

LATENT
    : 'latent'
    ;

UNLESS
    : 'unless'
    ;

MITIGATED
    : 'mitigated'
    ;

BLAME
    : 'blame'
    ;

FIX
    : 'fix'
    ;

REF
    : 'ref'
    ;

EXPLAIN
    : 'explain'
    ;

ERROR
    : 'error'
    ;

WARNING
    : 'warning'
    ;

INFO
    : 'info'
    ;

FILE
    : 'file'
    ;

COMMIT
    : 'commit'
    ;

THREAD
    : 'thread'
    ;

DOC
    : 'doc'
    ;

KERNEL
    : 'kernel'
    ;

BOARD
    : 'board'
    ;

KNOWN
    : 'known'
    ;

IN
    : 'in'
    ;

LBRACE
    : '{'
    ;

RBRACE
    : '}'
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

DOTDOT
    : '..'
    ;

DOT
    : '.'
    ;

AND
    : '&&'
    ;

OR
    : '||'
    ;

EQ
    : '=='
    ;

NE
    : '!='
    ;

LE
    : '<='
    ;

GE
    : '>='
    ;

LT
    : '<'
    ;

GT
    : '>'
    ;

NOT
    : '!'
    ;

QUESTION
    : '?'
    ;

COLON
    : ':'
    ;

ASSIGN
    : '='
    ;

PLUS
    : '+'
    ;

MINUS
    : '-'
    ;

TEXT_BLOCK
    : '"""' .*? '"""'
    ;

STRING
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    ;

VERSION
    : DIGIT+ ('.' DIGIT+)+
    ;

HEX
    : '0' [xX] HEX_DIGIT+
    ;

SIZE
    : DIGIT+ [KMG]
    ;

DEC
    : DIGIT+
    ;

WORD
    : [A-Za-z0-9_]+
    ;

COMMENT
    : '#' ~[\r\n]* -> skip
    ;

WS
    : [ \t\r\n]+ -> skip
    ;

fragment ESCAPE
    : '\\' ["\\nt]
    ;

fragment DIGIT
    : [0-9]
    ;

fragment HEX_DIGIT
    : [0-9a-fA-F]
    ;

mode NAME;

NAME_ID
    : [A-Za-z0-9_]+ ('-' [A-Za-z0-9_]+)* -> popMode
    ;

NAME_WS
    : [ \t\r\n]+ -> skip
    ;
