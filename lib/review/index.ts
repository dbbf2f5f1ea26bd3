export * from "./decisions";
export * from "./notes";
export * from "./labels";
