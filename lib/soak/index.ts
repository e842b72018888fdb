export { runSoak, soakPassed, type SoakOptions, type SoakReport } from "./run";
export { renderSoakReport } from "./report";
