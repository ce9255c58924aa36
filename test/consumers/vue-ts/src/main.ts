/// <reference types="@coursekit/components/vue" />
import { createApp } from 'vue';
import '@coursekit/components/scenario';
import App from './App.vue';

createApp(App).mount('#app');
