/*
 * A TLB/IPI model scenario: parameters with defaults, the shared resources, the initial
 * state, and the processes that run on the CPUs (and devices) as straight-line code.
 * Conditions over parameters choose the code before exploration; nothing loops, so every
 * scenario has a finite state space.
 */
grammar ScenarioFile;

@parser::members {
  /*
   * Statements have no terminator, so after an operation that takes no operand ('dmb') the next
   * operation's keyword ('wmb') would read as its operand. An operand follows a keyword that takes
   * one; after any other keyword, only a word on the same line that is not an operation is read as
   * its (stray) operand, so that the builder can say the operation takes none.
   */
  private boolean operandFollows(Token keyword, Token next) {
    if (org.kclint.model.OpKind.byKeyword(keyword.getText())
        .map(kind -> kind.operand().isPresent())
        .orElse(false)) {
      return true;
    }
    return next.getLine() == keyword.getLine()
        && org.kclint.model.OpKind.byKeyword(next.getText()).isEmpty();
  }
}

scenarioFile
    : SCENARIO IDENT STRING declaration* EOF
    ;

declaration
    : parameter
    | resources
    | init
    | process
    | expectation
    ;

/*
 * What exploring the scenario must find (the tests check it for 1 to 4 CPUs): a violation kind,
 * or safe (explored completely, no violation); with the parameters given, the rest at their
 * defaults. 'from N cpus': with fewer CPUs it must be safe.
 *
 *   expect deadlock with kmapLockIrqsOff = true from 2 cpus
 */
expectation
    : EXPECT IDENT (WITH setting (COMMA setting)*)? (FROM NUMBER IDENT)?
    ;

setting
    : IDENT ASSIGN literal
    ;

parameter
    : PARAM IDENT COLON parameterType ASSIGN literal STRING?
    ;

parameterType
    : BOOL                                              # boolType
    | INT NUMBER DOTDOT NUMBER                          # intType
    | ENUM LBRACE IDENT (COMMA IDENT)* RBRACE           # enumType
    ;

literal
    : NUMBER
    | TRUE
    | FALSE
    | IDENT
    ;

resources
    : resourceKind IDENT (COMMA IDENT)*
    ;

resourceKind
    : PAGES
    | FRAMES
    | LOCKS
    | LINES
    | FLAGS
    ;

init
    : INIT block
    ;

process
    : PROCESS IDENT ON placement block
    | INTERRUPT IDENT ON placement block
    ;

placement
    : CPU NUMBER HARDWARE                               # onCpuHardware
    | CPU NUMBER                                        # onCpu
    | EVERY CPU                                         # onEveryCpu
    | DEVICE                                            # onDevice
    ;

block
    : LBRACE statement* RBRACE
    ;

statement
    : IF condition block (ELSE block)?                  # ifStatement
    | IDENT ({operandFollows(_input.LT(-1), _input.LT(1))}? operand)? (ARROW IDENT)? STRING?  # operation
    ;

operand
    : IDENT
    ;

condition
    : NOT condition                                     # notCondition
    | condition AND condition                           # andCondition
    | condition OR condition                            # orCondition
    | LPAREN condition RPAREN                           # groupCondition
    | IDENT comparison literal                          # compareCondition
    | IDENT                                             # flagCondition
    ;

comparison
    : EQ
    | NE
    | LT
    | LE
    | GT
    | GE
    ;

SCENARIO  : 'scenario' ;
PARAM     : 'param' ;
BOOL      : 'bool' ;
INT       : 'int' ;
ENUM      : 'enum' ;
TRUE      : 'true' ;
FALSE     : 'false' ;
PAGES     : 'pages' ;
FRAMES    : 'frames' ;
LOCKS     : 'locks' ;
LINES     : 'lines' ;
FLAGS     : 'flags' ;
INIT      : 'init' ;
PROCESS   : 'process' ;
INTERRUPT : 'interrupt' ;
ON        : 'on' ;
CPU       : 'cpu' ;
EVERY     : 'every' ;
DEVICE    : 'device' ;
HARDWARE  : 'hardware' ;
EXPECT    : 'expect' ;
WITH      : 'with' ;
FROM      : 'from' ;
IF        : 'if' ;
ELSE      : 'else' ;

ARROW  : '->' ;
DOTDOT : '..' ;
LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;
COLON  : ':' ;
EQ     : '==' ;
NE     : '!=' ;
LE     : '<=' ;
GE     : '>=' ;
LT     : '<' ;
GT     : '>' ;
ASSIGN : '=' ;
AND    : '&&' ;
OR     : '||' ;
NOT    : '!' ;

NUMBER
    : DIGIT+
    ;

IDENT
    : LETTER (LETTER | DIGIT)* ('-' (LETTER | DIGIT)+)*
    ;

STRING
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    ;

COMMENT
    : '#' ~[\r\n]* -> skip
    ;

WS
    : [ \t\r\n]+ -> skip
    ;

fragment DIGIT
    : [0-9]
    ;

fragment LETTER
    : [a-zA-Z_]
    ;

fragment ESCAPE
    : '\\' ["\\]
    ;
