window.loaded.push('first-b');
