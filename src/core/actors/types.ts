/** An actor mention: a state force, a government body, an armed group, civilians, protesters… */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** ACLED-style name: "Military Forces of Armenia (2018-)", "Civilians (Azerbaijan)". */
  name: string;
  /** ACLED inter type: state | rebel | political_militia | identity_militia | rioters | protesters | civilians | external | unknown */
  type: string;
  country: string | null;
  /** What kind of mention: force, government, group, civilians, protesters, rioters, country, official */
  kind: string;
  rule: string;
}

export interface ActorPack {
  [key: string]: unknown;
}
