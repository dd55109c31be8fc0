export * from './domain/disclosure';
export * from './domain/enums';
export * from './domain/iso-editions';
export * from './domain/teryt';
export * from './domain/voivodeships';
export * from './catalogue';
