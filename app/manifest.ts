import type { MetadataRoute } from "next";

/** The web app manifest: name, colours and the icons phones use when the app is added to a home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kubedeck",
    short_name: "Kubedeck",
    description: "Learn Kubernetes with spaced repetition and scenario quizzes graded by a simulated cluster.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0284c7",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/apple-icon.png", type: "image/png", sizes: "180x180" },
    ],
  };
}
