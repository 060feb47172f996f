export interface EventPack {
  [key: string]: unknown;
}
