/*
 * One hardware-hazard rule of kclint's catalogue (rules/catalogue/<area>/<id>.rule).
 *
 *   rule smp-tlbv6-highmem-vivt-build-error {
 *     severity error
 *     summary "..."
 *     kernels 2.6.38 ..
 *     when SMP && CPU_TLB_V6 && HIGHMEM && CPU_CACHE_VIVT
 *     blame HIGHMEM CPU_CACHE_VIVT
 *     fix "Build without high memory" { HIGHMEM = n }
 *     ref file "arch/arm/include/asm/highmem.h:33-38" "the #error"
 *     scenario kmap-ipi-deadlock { cpus = 2  expect deadlock }
 *     explain """..."""
 *   }
 *
 * Kconfig symbols are written without CONFIG_, board facts as board.NAME, the kernel version
 * as `kernel`. Rule and scenario names contain hyphens, so they are read in their own mode.
 */
parser grammar RuleFileParser;

options {
    tokenVocab = RuleFileLexer;
}


ruleFile
    : ruleDecl EOF
    ;

ruleDecl
    : RULE NAME_ID LBRACE clause* RBRACE
    ;

/*
 * The catalogue entry of a check made in code (rules/catalogue/<area>/<id>.check):
 *
 *   check value-dropped {
 *     severity warning
 *     summary "..."
 *     ref file "scripts/kconfig/symbol.c:375-395" "..."
 *     explain """..."""
 *   }
 *
 * Only severity, summary, ref and explain are allowed; the builder says so with a position.
 */
checkFile
    : CHECK NAME_ID LBRACE clause* RBRACE EOF
    ;

clause
    : SEVERITY level                                          # severityClause
    | SUMMARY STRING                                          # summaryClause
    | KERNELS versionRange (COMMA versionRange)*              # kernelsClause
    | WHEN expr                                               # whenClause
    | LATENT UNLESS expr STRING                               # latentClause
    | MITIGATED expr STRING                                   # mitigatedClause
    | BLAME WORD+                                             # blameClause
    | FIX STRING LBRACE assignment+ RBRACE                    # fixClause
    | REF refKind STRING STRING                               # refClause
    | SCENARIO NAME_ID LBRACE binding* expectation RBRACE     # scenarioClause
    | EXPLAIN text                                            # explainClause
    ;

level
    : ERROR
    | WARNING
    | INFO
    ;

versionRange
    : version DOTDOT version                                  # closedRange
    | version DOTDOT                                          # fromRange
    | DOTDOT version                                          # untilRange
    | version                                                 # singleRange
    ;

version
    : VERSION
    | DEC
    ;

assignment
    : WORD ASSIGN configValue
    ;

configValue
    : WORD
    | DEC
    | HEX
    | STRING
    ;

refKind
    : FILE
    | COMMIT
    | THREAD
    | DOC
    ;

binding
    : WORD ASSIGN expr
    ;

/* The violation the model must show on the rule's positive case (testdata/rules/<id>/). */
expectation
    : EXPECT NAME_ID
    ;

text
    : TEXT_BLOCK
    | STRING
    ;

expr
    : NOT expr                                                # notExpr
    | expr op=(PLUS | MINUS) expr                             # arithExpr
    | expr op=(EQ | NE | LT | LE | GT | GE) expr              # compareExpr
    | expr IN LBRACE literal (COMMA literal)* RBRACE          # inExpr
    | expr AND expr                                           # andExpr
    | expr OR expr                                            # orExpr
    | <assoc = right> expr QUESTION expr COLON expr           # choiceExpr
    | LPAREN expr RPAREN                                      # parenExpr
    | KNOWN LPAREN BOARD DOT WORD RPAREN                      # knownExpr
    | KERNEL                                                  # kernelExpr
    | BOARD DOT WORD                                          # factExpr
    | WORD                                                    # symbolExpr
    | literal                                                 # literalExpr
    ;

literal
    : DEC
    | HEX
    | SIZE
    | VERSION
    | STRING
    ;
