import { describe, expect, it } from "vitest";
import { cardTitle, gradeAnswer } from "@/lib/decks/quiz-grading";

const mcq = { kind: "mcq", answer: 2 };

describe("gradeAnswer", () => {
  it("a wrong pick is Again by default, with Hard as an override that says so and no Good or Easy", () => {
    const grade = gradeAnswer(mcq, 0);
    expect(grade.correct).toBe(false);
    expect(grade.defaultRating).toBe(1);
    expect(grade.choices.map((choice) => choice.rating)).toEqual([1, 2]);
    expect(grade.choices[1]?.override).toMatch(/override/);
  });

  it("a right pick offers Hard, Good and Easy, Good by default", () => {
    const grade = gradeAnswer(mcq, 2);
    expect(grade.correct).toBe(true);
    expect(grade.defaultRating).toBe(3);
    expect(grade.choices.map((choice) => choice.rating)).toEqual([2, 3, 4]);
  });

  it("self-rated cards offer all four ratings, Good by default", () => {
    const grade = gradeAnswer({ kind: "basic" }, null);
    expect(grade.correct).toBeNull();
    expect(grade.choices.map((choice) => choice.rating)).toEqual([1, 2, 3, 4]);
    expect(grade.defaultRating).toBe(3);
  });
});

describe("cardTitle", () => {
  it("quotes the first line as plain text and shortens long ones", () => {
    expect(cardTitle("\n**Pod**\nmore")).toBe("Pod");
    expect(cardTitle("A {{c1::Pod}} runs containers")).toBe("A Pod runs containers");
    expect(cardTitle("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
