// Device tree source syntax, following dtc's grammar (scripts/dtc/dtc-parser.y).
parser grammar DtsParser;

options {
    tokenVocab = DtsLexer;
}

// A whole file, or a piece of one shared by many boards: TreeBuilder checks that the pieces
// of a board make header+ memreserve* topItem+ in that order.
sourceFile
    : header* memreserve* topItem* EOF
    ;

header
    : V1 SEMI (PLUGIN SEMI)?
    ;

memreserve
    : LABEL* MEMRESERVE integerPrim integerPrim SEMI
    ;

topItem
    : SLASH nodeBody                      # rootNode
    | LABEL? reference nodeBody           # refNode
    | DEL_NODE reference SEMI             # deleteRef
    | OMIT_NO_REF reference SEMI          # omitRef
    ;

reference
    : LABEL_REF
    | PATH_REF
    ;

nodeBody
    : LBRACE propertyDef* subnode* RBRACE SEMI
    ;

propertyDef
    : LABEL* PROPNODENAME (EQUALS propData)? SEMI     # property
    | LABEL* DEL_PROP PROPNODENAME SEMI               # deleteProperty
    ;

propData
    : LABEL* dataPiece (COMMA LABEL* dataPiece)* LABEL*
    ;

dataPiece
    : STRING                                                         # stringPiece
    | (bits = BITS width = LITERAL)? LT cellItem* GT                  # cellsPiece
    | LBRACK byteItem* RBRACK                                        # bytesPiece
    | reference                                                      # pathPiece
    | INCBIN LPAREN STRING (COMMA integerPrim COMMA integerPrim)? RPAREN  # incbinPiece
    ;

cellItem
    : integerPrim
    | reference
    | LABEL
    ;

byteItem
    : BYTE
    | LABEL
    ;

subnode
    : (LABEL | OMIT_NO_REF)* PROPNODENAME nodeBody     # childNode
    | LABEL* DEL_NODE PROPNODENAME SEMI                 # deleteChild
    ;

integerPrim
    : LITERAL
    | CHAR_LITERAL
    | LPAREN expr RPAREN
    ;

expr
    : integerPrim                                   # primaryExpr
    | op = (MINUS | TILDE | BANG) expr              # unaryExpr
    | expr op = (STAR | SLASH | PERCENT) expr       # binaryExpr
    | expr op = (PLUS | MINUS) expr                 # binaryExpr
    | expr op = (LSHIFT | RSHIFT) expr              # binaryExpr
    | expr op = (LT | GT | LE | GE) expr            # binaryExpr
    | expr op = (EQ | NE) expr                      # binaryExpr
    | expr op = AMP expr                            # binaryExpr
    | expr op = CARET expr                          # binaryExpr
    | expr op = PIPE expr                           # binaryExpr
    | expr op = AND expr                            # binaryExpr
    | expr op = OR expr                             # binaryExpr
    | <assoc = right> expr QUESTION expr COLON expr # conditionalExpr
    ;
