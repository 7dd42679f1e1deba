/** Classes: join codes, assignments' new-card needs, and the analytics an instructor reads. */
export * from "./types";
export * from "./class-progress";
export * from "./failed-checks";
export * from "./hardest-cards";
export * from "./join-code";
export * from "./learner-progress";
export * from "./mastery-heatmap";
export * from "./new-card-quota";
export * from "./progress-csv";
export * from "./scenario-misconceptions";
export * from "./weekly-trend";
