/* Reads one lower-case word per line on stdin and prints "word<TAB>phones" using flite's
 * CMU lexicon (CMUdict-derived, with stress digits; letter-to-sound for pruned words).
 * Only used to regenerate cmudict.txt.gz; see README.md. libflite1 ships no headers, so the
 * few functions used are declared here. */
#include <stdio.h>
#include <string.h>

typedef struct cst_val_struct cst_val;
void *cmu_lex_init(void);
cst_val *lex_lookup(const void *lex, const char *word, const char *pos, const void *feats);
const cst_val *val_car(const cst_val *v);
const cst_val *val_cdr(const cst_val *v);
const char *val_string(const cst_val *v);

int main(void)
{
    void *lex = cmu_lex_init();
    char line[1024];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = 0;
        cst_val *phones = lex_lookup(lex, line, NULL, NULL);
        printf("%s\t", line);
        for (const cst_val *v = phones; v; v = val_cdr(v))
            printf("%s%s", val_string(val_car(v)), val_cdr(v) ? " " : "");
        printf("\n");
    }
    return 0;
}
