/** The registry of semantic rules, in the order their findings are reported. */
import { containersRequired } from "./containers-required";
import { objectName } from "./object-name";
import { requiredImage } from "./required-image";
import { restartPolicy } from "./restart-policy";
import type { Rule } from "./rule";
import { selectorMatchesTemplate } from "./selector-matches-template";

export const ALL_RULES: readonly Rule[] = [objectName, selectorMatchesTemplate, containersRequired, requiredImage, restartPolicy];
