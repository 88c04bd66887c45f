/*
 * One Kconfig file of Linux 6.1, after scripts/kconfig/parser.y. A file is parsed on its own:
 * the kernel requires a block to end in the file that opened it, and `source` is followed by
 * the model builder, which reads the named file at that point.
 *
 * The token source drops an end of line that follows another end of line (or help text), as
 * the kernel's second-stage lexer does, so blank lines never reach the parser.
 */
parser grammar KconfigParser;

options {
    tokenVocab = KconfigLexer;
}

kconfigFile
    : mainmenuStmt? statement* EOF
    ;

mainmenuStmt
    : MAINMENU string EOL
    ;

statement
    : assignmentStmt
    | choiceStmt
    | commentStmt
    | configStmt
    | ifStmt
    | menuStmt
    | menuconfigStmt
    | sourceStmt
    | macroStmt
    | syntaxErrorStmt
    ;

choiceStatement
    : commentStmt
    | configStmt
    | ifInChoiceStmt
    | macroStmt
    | syntaxErrorStmt
    ;

configStmt
    : CONFIG word EOL configOption*
    ;

menuconfigStmt
    : MENUCONFIG word EOL configOption*
    ;

configOption
    : typeOption
    | promptOption
    | defaultOption
    | selectOption
    | implyOption
    | rangeOption
    | modulesOption
    | dependsOption
    | helpOption
    ;

typeOption
    : type (string ifExpr?)? EOL
    ;

promptOption
    : PROMPT string ifExpr? EOL
    ;

defaultOption
    : defaultKeyword expr ifExpr? EOL
    ;

selectOption
    : SELECT word ifExpr? EOL
    ;

implyOption
    : IMPLY word ifExpr? EOL
    ;

rangeOption
    : RANGE symbol symbol ifExpr? EOL
    ;

modulesOption
    : MODULES EOL
    ;

choiceStmt
    : CHOICE word? EOL choiceOption* choiceStatement* end
    ;

choiceOption
    : promptOption
    | choiceTypeOption
    | optionalOption
    | choiceDefaultOption
    | dependsOption
    | helpOption
    ;

choiceTypeOption
    : logicType (string ifExpr?)? EOL
    ;

optionalOption
    : OPTIONAL EOL
    ;

choiceDefaultOption
    : DEFAULT word ifExpr? EOL
    ;

type
    : logicType
    | INT
    | HEX
    | STRING
    ;

logicType
    : BOOL
    | TRISTATE
    ;

defaultKeyword
    : DEFAULT
    | DEF_BOOL
    | DEF_TRISTATE
    ;

ifStmt
    : IF expr EOL statement* end
    ;

ifInChoiceStmt
    : IF expr EOL choiceStatement* end
    ;

menuStmt
    : MENU string EOL menuOption* statement* end
    ;

menuOption
    : visibleOption
    | dependsOption
    ;

visibleOption
    : VISIBLE ifExpr? EOL
    ;

sourceStmt
    : SOURCE string EOL
    ;

// A line parser.y's error rules take: conf says so and reads on (KconfigFileParser).
syntaxErrorStmt
    : SYNTAX_ERROR EOL
    ;

commentStmt
    : COMMENT string EOL dependsOption*
    ;

helpOption
    : HELP EOL HELPTEXT
    ;

dependsOption
    : DEPENDS ON expr EOL
    ;

// The kernel accepts any end keyword here and then checks that it closes the right block.
end
    : (ENDMENU | ENDCHOICE | ENDIF) EOL
    ;

ifExpr
    : IF expr
    ;

expr
    : NOT expr # notExpr
    | expr AND expr # andExpr
    | expr OR expr # orExpr
    | OPEN_PAREN expr CLOSE_PAREN # parenExpr
    | symbol compareOperator symbol # compareExpr
    | symbol # symbolExpr
    ;

compareOperator
    : LESS
    | LESS_EQUAL
    | GREATER
    | GREATER_EQUAL
    | EQUAL
    | UNEQUAL
    ;

// A constant (quoted) or a symbol reference (a word).
symbol
    : word
    | string
    ;

word
    : WORD
    | MACRO_WORD
    ;

// Text, escapes and macro references, each a token of its own.
string
    : DQUOTE (DQ_TEXT | DQ_OTHER_QUOTE | DQ_ESCAPE | DQ_REFERENCE)* DQ_END
    | SQUOTE (SQ_TEXT | SQ_OTHER_QUOTE | SQ_ESCAPE | SQ_REFERENCE)* SQ_END
    ;

assignmentStmt
    : word assignOperator ASSIGN_VALUE? EOL
    ;

assignOperator
    : EQUAL
    | COLON_EQUAL
    | PLUS_EQUAL
    ;

// Words made only of macro references whose expansion is empty (e.g. $(warning-if,...)):
// the kernel's lexer drops such tokens, leaving a blank line.
macroStmt
    : MACRO_WORD+ EOL
    ;
