/**
 * The words the parser knows, in English, Spanish, German, French, Portuguese and Turkish (issue 17,
 * item 9). Structure (headings, bullets, separators, tables) is read the same in every language;
 * only these lists are language-specific. Lower case, without accents where authors often drop them.
 */

const set = (words: string): Set<string> => new Set(words.split("|").map((word) => word.trim()).filter(Boolean));

/** Admonitions and pointers: `NOTE: …`, `See: …`, `Bkz: …` are never a term being defined. */
export const ADMONITIONS = set(
  "note|notes|nb|ps|tip|tips|hint|warning|caution|important|attention|example|examples|e.g.|info|update|edit|todo|see|see also|cf|" +
    "ejemplos|beispiele|exemples|exemplos|örnekler|ornekler|" +
    "nota|notas|ojo|atencion|atención|cuidado|importante|consejo|ejemplo|ver|ver tambien|ver también|vease|véase|" +
    "hinweis|notiz|achtung|wichtig|tipp|beispiel|siehe|siehe auch|vgl|" +
    "remarque|rq|attention|astuce|exemple|voir|voir aussi|cf.|" +
    "obs|observacao|observação|dica|exemplo|veja|ver tambem|ver também|" +
    "not|notlar|dikkat|onemli|önemli|ipucu|ornek|örnek|bkz|bkz.|bakiniz|bakınız|ayrica bkz|ayrıca bkz",
);

/**
 * (Not "role": `Role` is a Kubernetes kind, and `- Role: …` a definition.)
 * Labels of an attribute of the thing a section is about (`Purpose: …` under `### ClusterIP`): they
 * qualify the section's term and never replace it as a card's front.
 */
export const ATTRIBUTE_LABELS = set(
  "purpose|goal|aim|use|uses|use case|use cases|usage|used for|function|why|when|default|defaults|port range|scope|" +
    "pros|cons|advantages|disadvantages|benefits|drawbacks|limitations|typical example|typical use|" +
    "proposito|propósito|objetivo|uso|usos|funcion|función|ventajas|desventajas|por defecto|ejemplo tipico|ejemplo típico|" +
    "zweck|ziel|verwendung|einsatz|aufgabe|funktion|vorteile|nachteile|standard|typisch|typisches beispiel|" +
    "objectif|but|usage|fonction|avantages|inconvenients|inconvénients|par defaut|par défaut|exemple typique|" +
    "finalidade|funcao|função|vantagens|desvantagens|padrao|padrão|exemplo tipico|exemplo típico|" +
    "amac|amaç|kullanim|kullanım|gorev|görev|islev|işlev|avantajlar|dezavantajlar|varsayilan|varsayılan",
);

/** Headings of lab write-ups and their output: instructions and transcripts, not knowledge to recall. */
export const LAB_HEADINGS = set(
  "lab|labs|exercise|exercises|steps|result|results|output|setup|set up|installation|install|demo|homework|task|tasks|practice|hands-on|walkthrough|screenshot|screenshots|" +
    "laboratorio|práctica|practica|ejercicio|ejercicios|pasos|resultado|resultados|salida|instalacion|instalación|tarea|" +
    "übung|uebung|übungen|aufgabe|aufgaben|schritte|ergebnis|ergebnisse|ausgabe|labor|" +
    "exercice|exercices|étapes|etapes|résultat|resultat|résultats|sortie|travaux pratiques|tp|" +
    "exercício|exercicio|passos|saída|saida|instalação|instalacao|" +
    "laboratuvar|alıştırma|alistirma|adımlar|adimlar|sonuç|sonuc|çıktı|cikti|kurulum|ödev|odev",
);

/** Leading articles, so "Le StatefulSet" is the term StatefulSet. */
export const ARTICLE = /^(?:the|a|an|el|la|los|las|lo|un|una|unos|unas|der|die|das|den|dem|des|ein|eine|einen|einem|einer|le|les|l'|un|une|o|os|as|um|uma)\s*(?<=\s|')/iu;

/** Prefixes of question and answer lines: Q:/A:, P:/R: (es, pt), F:/A: (de), Q:/R: (fr), S:/C: (tr). */
export const QUESTION_PREFIX = /^(?:\*\*|__)?(?:Q(?:uestion)?|P(?:regunta|ergunta)?|F(?:rage)?|S(?:oru)?)\s*\d*\s*[:.)]\s*(?:\*\*|__)?\s*/i;
export const ANSWER_PREFIX = /^(?:\*\*|__)?(?:A(?:nswer|ntwort)?|R(?:espuesta|esposta|éponse|eponse)?|C(?:evap)?)\s*\d*\s*[:.)]\s*(?:\*\*|__)?\s*/i;

export function isAdmonition(term: string): boolean {
  return ADMONITIONS.has(term.replace(/[*_`:]/g, "").trim().toLowerCase());
}

export function isAttributeLabel(term: string): boolean {
  return ATTRIBUTE_LABELS.has(term.replace(/[*_`:]/g, "").trim().toLowerCase());
}

export function isLabHeading(title: string): boolean {
  return LAB_HEADINGS.has(title.replace(/[*_`:#\d.]/g, "").trim().toLowerCase());
}
