/** The connect wizard's steps, in order. Each is one page and saves its part of the draft. */
export const WIZARD_STEPS = ["source", "source-credentials", "warehouse", "warehouse-credentials", "mappings", "settings", "preview"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_LABELS: Record<WizardStep, string> = {
  source: "Your shop",
  "source-credentials": "Shop login",
  warehouse: "Your warehouse",
  "warehouse-credentials": "Warehouse login",
  mappings: "Mappings",
  settings: "Sync settings",
  preview: "Preview and activate",
};

export function isWizardStep(value: string): value is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(value);
}

export function nextStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.min(WIZARD_STEPS.indexOf(step) + 1, WIZARD_STEPS.length - 1)]!;
}

/** What the draft holds so far, as far as the order of the steps cares. */
export interface DraftProgress {
  sourceConnectorId?: string;
  sourceTested: boolean;
  warehouseConnectorId?: string;
  warehouseTested: boolean;
  mappingsSaved: boolean;
  settingsSaved: boolean;
}

/** Whether everything a step needs from the steps before it is there. */
function prerequisiteMet(step: WizardStep, p: DraftProgress): boolean {
  switch (step) {
    case "source":
      return true;
    case "source-credentials":
      return Boolean(p.sourceConnectorId);
    case "warehouse":
      return p.sourceTested;
    case "warehouse-credentials":
      return p.sourceTested && Boolean(p.warehouseConnectorId);
    case "mappings":
      return p.sourceTested && p.warehouseTested;
    case "settings":
      return p.sourceTested && p.warehouseTested && p.mappingsSaved;
    case "preview":
      return p.sourceTested && p.warehouseTested && p.mappingsSaved && p.settingsSaved;
  }
}

/** The last step the merchant may open: every step up to it has what it needs. */
export function furthestStep(progress: DraftProgress): WizardStep {
  let last: WizardStep = "source";
  for (const step of WIZARD_STEPS) {
    if (!prerequisiteMet(step, progress)) break;
    last = step;
  }
  return last;
}

export function canOpen(step: WizardStep, progress: DraftProgress): boolean {
  return WIZARD_STEPS.indexOf(step) <= WIZARD_STEPS.indexOf(furthestStep(progress));
}
